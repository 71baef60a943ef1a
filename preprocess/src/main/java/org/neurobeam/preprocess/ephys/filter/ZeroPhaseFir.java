package org.neurobeam.preprocess.ephys.filter;

import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.spectral.Fft;

/**
 * MNE's {@code _overlap_add_filter(phase='zero', pad='reflect_limited')}: each channel is padded with
 * {@code min(taps, n) - 1} reflected samples at both ends ({@link ReflectLimitedPad}), convolved with
 * the odd-length symmetric filter, and the output is taken with the group delay {@code (taps - 1) / 2}
 * removed. Convolution by FFT overlap-add (blocks of a power of two {@code >= 4 taps}):
 * O(n log taps) per channel. Signals are {@code double[channel][sample]}.
 */
public final class ZeroPhaseFir {

    private ZeroPhaseFir() {
    }

    /** Filtered copy of {@code signals}. */
    public static double[][] apply(double[] h, double[][] signals) {
        Checks.argument(h.length % 2 == 1, "filter_length", "filter_length must be odd if phase=\"zero\", got %d",
                h.length);
        double[][] out = new double[signals.length][];
        Convolver convolver = null;
        for (int c = 0; c < signals.length; c++) {
            double[] x = signals[c];
            if (h.length == 1) {
                out[c] = new double[x.length];
                for (int t = 0; t < x.length; t++) {
                    out[c][t] = x[t] * h[0];
                }
                continue;
            }
            if (convolver == null) {
                convolver = new Convolver(h);
            }
            int edge = Math.max(Math.min(h.length, x.length) - 1, 0);
            double[] full = convolver.convolve(ReflectLimitedPad.pad(x, edge, edge));
            int shift = (h.length - 1) / 2 + edge;
            out[c] = java.util.Arrays.copyOfRange(full, shift, shift + x.length);
        }
        return out;
    }

    /** Linear convolution with a fixed filter by overlap-add. */
    private static final class Convolver {
        private final int taps;
        private final int size;
        private final double[] filterRe;
        private final double[] filterIm;

        Convolver(double[] h) {
            taps = h.length;
            size = Integer.highestOneBit(4 * taps - 1) << 1;
            filterRe = java.util.Arrays.copyOf(h, size);
            filterIm = new double[size];
            Fft.forward(filterRe, filterIm);
        }

        /** Full linear convolution, length {@code x.length + taps - 1}. */
        double[] convolve(double[] x) {
            double[] out = new double[x.length + taps - 1];
            int block = size - taps + 1;
            double[] re = new double[size];
            double[] im = new double[size];
            for (int start = 0; start < x.length; start += block) {
                int len = Math.min(block, x.length - start);
                java.util.Arrays.fill(re, 0);
                java.util.Arrays.fill(im, 0);
                System.arraycopy(x, start, re, 0, len);
                Fft.forward(re, im);
                for (int k = 0; k < size; k++) {
                    double r = re[k] * filterRe[k] - im[k] * filterIm[k];
                    im[k] = re[k] * filterIm[k] + im[k] * filterRe[k];
                    re[k] = r;
                }
                Fft.inverse(re, im);
                int stop = Math.min(len + taps - 1, out.length - start);
                for (int j = 0; j < stop; j++) {
                    out[start + j] += re[j];
                }
            }
            return out;
        }
    }
}
