package org.neurobeam.preprocess.ephys;

import org.neurobeam.ingest.Checks;

/**
 * Per-channel z-scoring of {@code double[channel][sample]} signals: {@code (x - mean) / std} with the
 * population standard deviation (ddof 0, as {@code scipy.stats.zscore}'s default; MNE has no such
 * function). A constant channel (std 0) becomes all zeros instead of NaN.
 */
public final class ChannelZScore {

    private ChannelZScore() {
    }

    /** z-scored copy of {@code signals}. */
    public static double[][] apply(double[][] signals) {
        double[][] out = new double[signals.length][];
        for (int c = 0; c < signals.length; c++) {
            double[] x = signals[c];
            Checks.argument(x.length > 0, "signals", "channel %d is empty", c);
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            mean /= x.length;
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            double std = Math.sqrt(ss / x.length);
            out[c] = new double[x.length];
            for (int t = 0; t < x.length; t++) {
                out[c][t] = std == 0 ? 0 : (x[t] - mean) / std;
            }
        }
        return out;
    }
}
