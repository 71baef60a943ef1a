package org.neurobeam.preprocess.ephys.filter;

import java.util.Locale;

/**
 * Window-method FIR design as MNE's {@code _firwin_design}: a filter with 0/1 gains at break points is
 * the sum of an "all pass" impulse (if the Nyquist gain is 1) and, for each gain change between two
 * break points, a windowed-sinc low-pass ({@code scipy.signal.firwin}, DC gain normalised to 1) cut at
 * the middle of the transition, added or subtracted and centred in the full length. Each low-pass has
 * its own length {@code round(3.3 / transition)} made odd (transition as a fraction of the sampling rate).
 */
final class Firwin {

    /** MNE's {@code _length_factors['hamming']} (Ifeachor and Jervis). */
    static final double HAMMING_LENGTH_FACTOR = 3.3;

    private Firwin() {
    }

    /**
     * @param n odd total length
     * @param freq break points as fractions of Nyquist, from 0 to 1
     * @param gain 0 or 1 at each break point
     * @param samplingRateHz only for the error message
     */
    static double[] design(int n, double[] freq, double[] gain, double samplingRateHz) {
        double[] h = new double[n];
        int last = freq.length - 1;
        if (gain[last] == 1) {
            h[n / 2] = 1;
        }
        double prevFreq = freq[last];
        double prevGain = gain[last];
        for (int i = last - 1; i >= 0; i--) {
            if (gain[i] != prevGain) {
                double transition = (prevFreq - freq[i]) / 2;
                int taps = (int) Math.rint(HAMMING_LENGTH_FACTOR / transition);
                taps += 1 - taps % 2;
                if (taps > n) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "filter_length: the requested filter"
                            + " length %d is too short for the requested %.2f Hz transition band, which requires %d"
                            + " samples", n, transition * samplingRateHz / 2, taps));
                }
                double[] low = lowPass(taps, (prevFreq + freq[i]) / 2);
                int offset = (n - taps) / 2;
                double sign = gain[i] == 0 ? -1 : 1;
                for (int k = 0; k < taps; k++) {
                    h[offset + k] += sign * low[k];
                }
            }
            prevGain = gain[i];
            prevFreq = freq[i];
        }
        return h;
    }

    /** {@code scipy.signal.firwin(taps, cutoff, window='hamming', pass_zero=True, fs=2)}. */
    static double[] lowPass(int taps, double cutoff) {
        double alpha = 0.5 * (taps - 1);
        double[] window = hamming(taps);
        double[] h = new double[taps];
        double sum = 0;
        for (int k = 0; k < taps; k++) {
            h[k] = cutoff * sinc(cutoff * (k - alpha)) * window[k];
            sum += h[k];
        }
        for (int k = 0; k < taps; k++) {
            h[k] /= sum;
        }
        return h;
    }

    /** Symmetric Hamming window, {@code 0.54 + 0.46 cos(t)} with t evenly spaced over [-pi, pi] (scipy). */
    static double[] hamming(int m) {
        if (m == 1) {
            return new double[] {1.0};
        }
        double step = 2 * Math.PI / (m - 1);
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            double t = i == m - 1 ? Math.PI : i * step - Math.PI;
            w[i] = 0.54 + 0.46 * Math.cos(t);
        }
        return w;
    }

    private static double sinc(double x) {
        double y = Math.PI * (x == 0 ? 1.0e-20 : x);
        return Math.sin(y) / y;
    }
}
