package org.neurobeam.preprocess.confounds;

import org.neurobeam.ingest.Checks;

/**
 * Scrubbing mask from framewise displacement and standardised DVARS, as nilearn's
 * {@code load_confounds} "scrub" strategy (Power et al. 2014, NeuroImage 84:320): a volume is an
 * outlier when FD &gt; fd_threshold or std_dvars &gt; std_dvars_threshold (missing values are not
 * outliers); then any run of kept volumes shorter than {@code minSegment} between outliers, or
 * before the first / after the last outlier, is censored too.
 */
public final class MotionOutliers {

    /** nilearn defaults: fd_threshold 0.5 mm, std_dvars_threshold 1.5, scrub 5. */
    public static final double FD_THRESHOLD = 0.5;
    /** nilearn's default standardised-DVARS threshold. */
    public static final double STD_DVARS_THRESHOLD = 1.5;
    /** nilearn's default minimal segment length. */
    public static final int MIN_SEGMENT = 5;

    private MotionOutliers() {
    }

    /** True for volumes to keep. */
    public static boolean[] sampleMask(double[] framewiseDisplacement, double[] stdDvars, double fdThreshold,
            double stdDvarsThreshold, int minSegment) {
        int n = framewiseDisplacement.length;
        Checks.argument(stdDvars.length == n, "std_dvars", "has %d values, framewise_displacement %d",
                stdDvars.length, n);
        Checks.argument(minSegment >= 0, "scrub", "expected a minimal segment length of 0 or more, got %d", minSegment);
        boolean[] keep = new boolean[n];
        boolean any = false;
        for (int t = 0; t < n; t++) {
            keep[t] = !(framewiseDisplacement[t] > fdThreshold || stdDvars[t] > stdDvarsThreshold);
            any |= !keep[t];
        }
        if (any && minSegment > 0) {
            removeShortSegments(keep, minSegment);
        }
        return keep;
    }

    private static void removeShortSegments(boolean[] keep, int minSegment) {
        int t = 0;
        while (t < keep.length) {
            if (!keep[t]) {
                t++;
                continue;
            }
            int start = t;
            while (t < keep.length && keep[t]) {
                t++;
            }
            if (t - start < minSegment) {
                for (int i = start; i < t; i++) {
                    keep[i] = false;
                }
            }
        }
    }
}
