package org.neurobeam.connectome.dynamic;

import org.neurobeam.preprocess.spectral.Fft;

/**
 * Analytic signal x + i·H[x] by the FFT (notes §D.4; Marple 1999): transform, keep the DC term (and the
 * Nyquist term for even N), double the positive frequencies, zero the negative ones, transform back. Exactly
 * what {@code scipy.signal.hilbert} computes, at the signal's own length (no zero-padding: {@link Fft} handles
 * any N, whereas the notes' zero-padding was a workaround for a power-of-two-only FFT).
 */
public final class Hilbert {

    private Hilbert() {
    }

    /** The analytic signal as {re, im}. */
    public static double[][] analytic(double[] x) {
        int n = x.length;
        double[] re = x.clone();
        double[] im = new double[n];
        Fft.forward(re, im);
        for (int k = 1; k < n; k++) {
            double h = 2 * k < n ? 2 : 2 * k == n ? 1 : 0;
            re[k] *= h;
            im[k] *= h;
        }
        Fft.inverse(re, im);
        return new double[][] {re, im};
    }
}
