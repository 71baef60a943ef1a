package org.neurobeam.preprocess.ephys.resample;

import org.neurobeam.ingest.Checks;

/**
 * MNE {@code resample(x, up, down, npad, window='boxcar', pad='reflect_limited')}; only the boxcar
 * window (MNE's default) is supported.
 *
 * @param up up-sampling factor (e.g. the new rate)
 * @param down down-sampling factor (e.g. the old rate); the ratio {@code up / down} is what counts
 * @param npad samples of padding at each end, or null for {@code 'auto'} ({@code Raw.resample}'s default):
 *     enough to reach the next power of two above {@code n + 2 min(n / 8, 100)}, split evenly (extra at the end)
 */
public record ResampleConfig(double up, double down, Integer npad) {

    /** Validates factors and padding. */
    public ResampleConfig {
        Checks.argument(up > 0 && down > 0, "up", "up and down must be positive, got %s and %s", up, down);
        Checks.argument(npad == null || npad >= 0, "npad", "npad must be 'auto' or a non-negative integer, got %s",
                npad);
    }

    /** From one sampling rate to another, {@code npad='auto'}. */
    public static ResampleConfig rates(double fromHz, double toHz) {
        return new ResampleConfig(toHz, fromHz, null);
    }

    /** {@code up / down}. */
    public double ratio() {
        return up / down;
    }
}
