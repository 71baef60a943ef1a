package org.neurobeam.preprocess.spikes;

import org.neurobeam.ingest.Checks;

/**
 * Sums per-frame values, such as one row of suite2p's deconvolved {@code spks.npy}, into {@link BinGrid}
 * bins by the time of each frame; frames outside {@code [start, end)} are dropped and empty bins are 0.
 */
public final class AmplitudeBinning {

    private AmplitudeBinning() {
    }

    /** Sums {@code values[k]} into the bin of {@code frameTimes[k]} (s). */
    public static double[] sum(double[] values, double[] frameTimes, BinGrid grid) {
        Checks.argument(values.length == frameTimes.length, "frameTimes",
                "has %d times for %d values", frameTimes.length, values.length);
        double[] sums = new double[grid.size()];
        for (int i = 0; i < values.length; i++) {
            int k = grid.index(frameTimes[i]);
            if (k >= 0) {
                sums[k] += values[i];
            }
        }
        return sums;
    }

    /** Sums frames at times {@code t0 + k / fs} (suite2p's regular frame clock). */
    public static double[] sum(double[] values, double t0, double fs, BinGrid grid) {
        Checks.positive(fs, "fs");
        double[] times = new double[values.length];
        for (int k = 0; k < times.length; k++) {
            times[k] = t0 + k / fs;
        }
        return sum(values, times, grid);
    }
}
