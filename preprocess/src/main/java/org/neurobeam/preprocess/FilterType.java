package org.neurobeam.preprocess;

/** Temporal filter of {@link SignalCleaner}, nilearn {@code signal.clean}'s {@code filter} argument. */
public enum FilterType {
    /** Zero-phase Butterworth (order 5, second-order sections) on the signals and the confounds; nilearn's default. */
    BUTTERWORTH,
    /** DCT high-pass regressors appended to the confounds (nilearn {@code filter='cosine'}); high-pass only. */
    COSINE
}
