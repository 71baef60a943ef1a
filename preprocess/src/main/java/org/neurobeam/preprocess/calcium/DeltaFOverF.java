package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;

/**
 * {@code dF/F = (F - F0) / F0} frame by frame. Rule for non-positive baselines: an F0 that is not
 * strictly positive and finite is an error naming the first offending frame (dividing by it would flip
 * or blow up the sign of the response); subtract neuropil with a smaller coefficient or add an offset.
 */
public final class DeltaFOverF {

    private DeltaFOverF() {
    }

    /** dF/F against a per-frame baseline of the same length. */
    public static double[] apply(double[] f, double[] f0) {
        Checks.argument(f.length == f0.length, "F0", "has %d frames, F has %d", f0.length, f.length);
        double[] out = new double[f.length];
        for (int i = 0; i < out.length; i++) {
            Checks.argument(f0[i] > 0 && Double.isFinite(f0[i]), "F0",
                    "baseline must be positive and finite, frame %d has %s", i, f0[i]);
            out[i] = (f[i] - f0[i]) / f0[i];
        }
        return out;
    }

    /** dF/F against one constant baseline (e.g. {@link Percentile#of} of the trace). */
    public static double[] apply(double[] f, double f0) {
        Checks.argument(f0 > 0 && Double.isFinite(f0), "F0", "baseline must be positive and finite, got %s", f0);
        double[] out = new double[f.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (f[i] - f0) / f0;
        }
        return out;
    }
}
