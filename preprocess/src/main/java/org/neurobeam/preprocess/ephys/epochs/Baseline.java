package org.neurobeam.preprocess.ephys.epochs;

import org.neurobeam.ingest.Checks;

/**
 * Baseline interval in seconds relative to the event; null ends mean the epoch's start or end. MNE's
 * default is {@code (None, 0)}. Correction subtracts, per channel and epoch, the mean of the samples with
 * {@code start <= t <= end} ({@code mne.baseline.rescale(mode='mean')}).
 *
 * @param start first time included, or null for the epoch start
 * @param end last time included, or null for the epoch end
 */
public record Baseline(Double start, Double end) {

    /** MNE's default {@code (None, 0)}. */
    public static final Baseline DEFAULT = new Baseline(null, 0.0);

    /** Validates the order. */
    public Baseline {
        Checks.argument(start == null || end == null || start <= end, "baseline",
                "baseline interval (%s, %s) must not be reversed", start, end);
    }

    /** Subtracts the baseline mean from each channel of one epoch {@code [channel][time]} in place. */
    void apply(double[][] epoch, double[] times) {
        int from = 0;
        if (start != null) {
            while (from < times.length && times[from] < start) {
                from++;
            }
        }
        int to = times.length;
        if (end != null) {
            while (to > 0 && times[to - 1] > end) {
                to--;
            }
        }
        Checks.argument(from < to, "baseline", "bad baseline (%s, %s): no samples in it", start, end);
        for (double[] channel : epoch) {
            double mean = 0;
            for (int t = from; t < to; t++) {
                mean += channel[t];
            }
            mean /= to - from;
            for (int t = 0; t < channel.length; t++) {
                channel[t] -= mean;
            }
        }
    }
}
