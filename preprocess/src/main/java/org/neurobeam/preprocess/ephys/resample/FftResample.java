package org.neurobeam.preprocess.ephys.resample;

import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.ephys.filter.ReflectLimitedPad;
import org.neurobeam.preprocess.spectral.Fft;

/**
 * MNE 1.3 FFT resampling ({@code mne.filter.resample} / {@code _fft_resample}) of
 * {@code double[channel][sample]} signals: each channel is padded ({@code reflect_limited}), its real
 * spectrum truncated or zero-extended to the new length (the shared Nyquist bin doubled when shortening,
 * halved when lengthening, as MNE), scaled by {@code new_len / old_len} (boxcar window), inverse
 * transformed, and the padding removed. The anti-alias filter is this ideal (brick-wall) spectral
 * truncation. Output length {@code round(n up / down)}. O(L log L) per channel with L the padded length.
 */
public final class FftResample {

    private FftResample() {
    }

    /** Resampled copy of {@code signals}. */
    public static double[][] apply(double[][] signals, ResampleConfig config) {
        double[][] out = new double[signals.length][];
        for (int c = 0; c < signals.length; c++) {
            out[c] = channel(signals[c], config);
        }
        return out;
    }

    /** Output length for {@code n} input samples: {@code max(round(ratio n), 1)}. */
    public static int length(int n, ResampleConfig config) {
        return Math.max((int) Math.rint(config.ratio() * n), 1);
    }

    private static double[] channel(double[] x, ResampleConfig config) {
        int n = x.length;
        Checks.argument(n > 0, "x", "cannot resample an empty signal");
        double ratio = config.ratio();
        int finalLength = length(n, config);
        int[] npads = pads(n, config.npad());
        int oldLength = n + npads[0] + npads[1];
        int newLength = Math.max((int) Math.rint(ratio * oldLength), 1);
        int removeBefore = (int) Math.rint(ratio * npads[0]);
        int removeAfter = newLength - finalLength - removeBefore;
        double[][] spectrum = Fft.rfft(ReflectLimitedPad.pad(x, npads[0], npads[1]));
        double[] re = spectrum[0];
        double[] im = spectrum[1];
        boolean shorter = newLength < oldLength;
        int useLength = shorter ? newLength : oldLength;
        if (useLength % 2 == 0) {
            int nyquist = useLength / 2;
            double factor = shorter ? 2 : 0.5;
            re[nyquist] *= factor;
            im[nyquist] *= factor;
        }
        double scale = (double) newLength / oldLength;
        for (int k = 0; k < re.length; k++) {
            re[k] *= scale;
            im[k] *= scale;
        }
        double[] y = Fft.irfft(re, im, newLength);
        return java.util.Arrays.copyOfRange(y, removeBefore, newLength - removeAfter);
    }

    /** Padding before and after: given npad at both ends, or MNE's 'auto'. */
    static int[] pads(int n, Integer npad) {
        if (npad != null) {
            return new int[] {npad, npad};
        }
        int minAdd = Math.min(n / 8, 100) * 2;
        long target = n + (long) minAdd;
        long power = 1;
        while (power < target) {
            power <<= 1;
        }
        int total = (int) (power - n);
        return new int[] {total / 2, total / 2 + total % 2};
    }
}
