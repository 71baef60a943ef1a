package org.neurobeam.preprocess.calcium;

/**
 * scipy.ndimage's {@code mode='reflect'} boundary (half-sample symmetric, {@code d c b a | a b c d | d c b a}),
 * repeated with period {@code 2n} when a filter reaches further than the trace is long, as
 * {@code NI_ExtendLine} in scipy's {@code ni_support.c}.
 */
final class ReflectBoundary {

    private ReflectBoundary() {
    }

    /** The trace index that scipy reads for the (possibly out-of-range) position {@code j} of a trace of length {@code n}. */
    static int index(long j, int n) {
        long m = Math.floorMod(j, 2L * n);
        return (int) (m < n ? m : 2L * n - 1 - m);
    }

    /** {@code x} extended by {@code before} reflected samples in front and {@code after} behind. */
    static double[] extend(double[] x, int before, int after) {
        double[] out = new double[before + x.length + after];
        for (int k = 0; k < out.length; k++) {
            out[k] = x[index((long) k - before, x.length)];
        }
        return out;
    }
}
