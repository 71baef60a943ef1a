package org.neurobeam.connectome.community;

/** Which SBM variants {@link WeightedSbm} fits (Dyballa et al. 2024 ran both and kept the shorter). */
public enum DegreeCorrection {
    /** Fit both and keep the smaller description length (the paper's benchmark rule). */
    AUTO,
    /** Degree-corrected only. */
    CORRECTED,
    /** Not degree-corrected only. */
    UNCORRECTED
}
