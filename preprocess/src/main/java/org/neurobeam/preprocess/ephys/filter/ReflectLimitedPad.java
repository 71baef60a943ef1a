package org.neurobeam.preprocess.ephys.filter;

/**
 * MNE's {@code _smart_pad(x, (left, right), 'reflect_limited')}: odd (point) reflection about each end
 * sample, {@code 2 x[0] - x[k]}, completed with zeros where the signal is shorter than the pad. It equals
 * scipy's {@code odd_ext}, which {@code sosfiltfilt} uses, whenever the pad is shorter than the signal.
 */
public final class ReflectLimitedPad {

    private ReflectLimitedPad() {
    }

    /** {@code x} with {@code left} samples before and {@code right} samples after it. */
    public static double[] pad(double[] x, int left, int right) {
        int n = x.length;
        double[] out = new double[left + n + right];
        for (int i = 0; i < left; i++) {
            int source = left - i;
            out[i] = source <= n - 1 ? 2 * x[0] - x[source] : 0;
        }
        System.arraycopy(x, 0, out, left, n);
        for (int i = 0; i < right; i++) {
            int source = n - 2 - i;
            out[left + n + i] = source >= 0 ? 2 * x[n - 1] - x[source] : 0;
        }
        return out;
    }
}
