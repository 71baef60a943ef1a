package org.neurobeam.connectome.dynamic;

/** What {@link SlidingWindowConnectivity} computes in each window (weighted forms of notes §D.2). */
public enum WindowStatistic {
    /** Weighted Pearson correlation; invariant to z-scoring the whole signals first. */
    CORRELATION,
    /** Weighted covariance Σ w (x_i − m_i)(x_j − m_j) with Σ w = 1; depends on whether signals were z-scored. */
    COVARIANCE
}
