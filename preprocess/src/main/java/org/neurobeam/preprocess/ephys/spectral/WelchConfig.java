package org.neurobeam.preprocess.ephys.spectral;

import org.neurobeam.ingest.Checks;

/**
 * MNE 1.3 {@code psd_array_welch} options with its defaults; window 'hamming' (periodic, as scipy's
 * {@code get_window}), {@code average='mean'}, density scaling and per-segment mean removal
 * ({@code scipy.signal.spectrogram}'s {@code detrend='constant'}) are fixed.
 *
 * @param nFft FFT length, default 256; segments are zero-padded to it
 * @param nOverlap samples shared by consecutive segments, default 0
 * @param nPerSeg segment length, or null for {@code nFft} (longer values are cut to nFft)
 * @param fMin lowest frequency kept (inclusive), default 0
 * @param fMax highest frequency kept (inclusive), default infinity
 */
public record WelchConfig(int nFft, int nOverlap, Integer nPerSeg, double fMin, double fMax) {

    /** MNE's default segment and FFT length. */
    public static final int DEFAULT_N_FFT = 256;

    /** Validates what does not depend on the signal. */
    public WelchConfig {
        Checks.argument(nFft > 0, "n_fft", "must be positive, got %d", nFft);
        Checks.argument(nOverlap >= 0, "n_overlap", "must be >= 0, got %d", nOverlap);
        Checks.argument(nPerSeg == null || nPerSeg > 0, "n_per_seg", "must be positive, got %s", nPerSeg);
        Checks.argument(fMin <= fMax, "fmin", "fmin (%s) must not exceed fmax (%s)", fMin, fMax);
    }

    /** {@code psd_array_welch(x, sfreq)} defaults. */
    public static WelchConfig defaults() {
        return new WelchConfig(DEFAULT_N_FFT, 0, null, 0, Double.POSITIVE_INFINITY);
    }

    /** The same options restricted to {@code [fMin, fMax]}. */
    public WelchConfig withRange(double min, double max) {
        return new WelchConfig(nFft, nOverlap, nPerSeg, min, max);
    }
}
