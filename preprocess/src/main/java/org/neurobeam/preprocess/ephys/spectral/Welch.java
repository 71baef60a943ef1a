package org.neurobeam.preprocess.ephys.spectral;

import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.spectral.Fft;

/**
 * MNE 1.3 {@code psd_array_welch} on {@code double[channel][sample]} signals: segments of
 * {@code n_per_seg} samples every {@code n_per_seg - n_overlap} (the incomplete tail dropped), each
 * mean-removed, multiplied by a periodic Hamming window, zero-padded to {@code n_fft} and transformed;
 * {@code |X|^2 / (sfreq sum(w^2))}, doubled except at DC and (even n_fft) Nyquist, averaged over
 * segments (mean). O(segments n_fft log n_fft) per channel.
 */
public final class Welch {

    private Welch() {
    }

    /** Welch PSD of each channel. */
    public static PowerSpectrum psd(double[][] signals, double samplingRateHz, WelchConfig config) {
        Checks.positive(samplingRateHz, "sfreq");
        Checks.argument(signals.length > 0, "x", "no channels");
        int n = signals[0].length;
        int nFft = config.nFft();
        Checks.argument(config.nPerSeg() != null || nFft <= n, "n_fft", "If n_per_seg is None n_fft is not allowed"
                + " to be > n_times. Got n_fft of %d while signal length is %d.", nFft, n);
        int perSeg = config.nPerSeg() == null || config.nPerSeg() > nFft ? nFft : config.nPerSeg();
        perSeg = Math.min(perSeg, n);
        Checks.argument(config.nOverlap() < perSeg, "n_overlap", "n_overlap cannot be greater than n_per_seg (or"
                + " n_fft). Got n_overlap of %d while n_per_seg is %d.", config.nOverlap(), perSeg);
        int first = -1;
        int last = -1;
        for (int k = 0; k <= nFft / 2; k++) {
            double f = k * (samplingRateHz / nFft);
            if (f >= config.fMin() && f <= config.fMax()) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        Checks.argument(first >= 0, "fmin", "No frequencies found between fmin=%s and fmax=%s", config.fMin(),
                config.fMax());
        double[] freqs = new double[last - first + 1];
        for (int k = first; k <= last; k++) {
            freqs[k - first] = k * (samplingRateHz / nFft);
        }
        double[] window = periodicHamming(perSeg);
        double windowPower = 0;
        for (double w : window) {
            windowPower += w * w;
        }
        double scale = 1.0 / (samplingRateHz * windowPower);
        int step = perSeg - config.nOverlap();
        int segments = (n - config.nOverlap()) / step;
        double[][] psd = new double[signals.length][freqs.length];
        for (int c = 0; c < signals.length; c++) {
            Checks.argument(signals[c].length == n, "x", "channels differ in length");
            for (int s = 0; s < segments; s++) {
                double[] power = segmentPower(signals[c], s * step, perSeg, window, nFft, scale);
                for (int k = first; k <= last; k++) {
                    psd[c][k - first] += power[k];
                }
            }
            for (int k = 0; k < freqs.length; k++) {
                psd[c][k] /= segments;
            }
        }
        return new PowerSpectrum(freqs, psd, segments);
    }

    private static double[] segmentPower(double[] x, int start, int length, double[] window, int nFft, double scale) {
        double mean = 0;
        for (int i = 0; i < length; i++) {
            mean += x[start + i];
        }
        mean /= length;
        double[] re = new double[nFft];
        double[] im = new double[nFft];
        for (int i = 0; i < length; i++) {
            re[i] = (x[start + i] - mean) * window[i];
        }
        Fft.forward(re, im);
        double[] power = new double[nFft / 2 + 1];
        for (int k = 0; k < power.length; k++) {
            power[k] = (re[k] * re[k] + im[k] * im[k]) * scale;
            boolean unpaired = k == 0 || (nFft % 2 == 0 && k == nFft / 2);
            if (!unpaired) {
                power[k] *= 2;
            }
        }
        return power;
    }

    /** {@code scipy.signal.get_window('hamming', m)}: {@code 0.54 - 0.46 cos(2 pi i / m)}. */
    static double[] periodicHamming(int m) {
        double[] w = new double[m];
        double step = 2 * Math.PI / m;
        for (int i = 0; i < m; i++) {
            w[i] = 0.54 + 0.46 * Math.cos(i * step - Math.PI);
        }
        return w;
    }
}
