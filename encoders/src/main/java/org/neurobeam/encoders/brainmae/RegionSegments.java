package org.neurobeam.encoders.brainmae;

import java.nio.file.Path;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.preprocess.signal.Standardize;

/**
 * A recording's region signals cut into BrainMAE's non-overlapping temporal segments: every ROI is z-scored over
 * the whole recording (nilearn's {@code zscore_sample}; the paper's normalisation is not documented, models.md
 * §1.2), then frames are grouped {@code segmentLength} at a time; trailing frames that do not fill a segment are
 * dropped. Validated before anything is allocated.
 *
 * @param segments number of segments S
 * @param values   the z-scored values, {@code (S, N, L)} flattened in that order
 */
public record RegionSegments(int segments, float[] values) {

    /**
     * Segments of {@code signals[time][region]} for a model with {@code config}; {@code recordingId} names the
     * input in error messages.
     */
    public static RegionSegments of(String recordingId, double[][] signals, BrainMaeConfig config)
            throws InvalidInputException {
        Path input = Path.of(recordingId);
        Checks.input(signals != null, input, "region_timeseries", "missing region signals");
        Checks.input(signals.length >= config.segmentLength(), input, "region_timeseries",
                "%d time points are fewer than one segment of %d frames", signals.length, config.segmentLength());
        for (int t = 0; t < signals.length; t++) {
            Checks.input(signals[t] != null && signals[t].length == config.regions(), input, "region_timeseries",
                    "time point %d has %d regions, the model was trained on %d", t,
                    signals[t] == null ? 0 : signals[t].length, config.regions());
            for (int r = 0; r < signals[t].length; r++) {
                Checks.input(Double.isFinite(signals[t][r]), input, "region_timeseries",
                        "non-finite value %s at time point %d, region %d", signals[t][r], t, r);
            }
        }
        double[][] z = Standardize.ZSCORE_SAMPLE.apply(signals);
        int n = config.regions();
        int length = config.segmentLength();
        int count = signals.length / length;
        float[] values = new float[count * n * length];
        for (int s = 0; s < count; s++) {
            for (int r = 0; r < n; r++) {
                for (int f = 0; f < length; f++) {
                    values[(s * n + r) * length + f] = (float) z[s * length + f][r];
                }
            }
        }
        return new RegionSegments(count, values);
    }
}
