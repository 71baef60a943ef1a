package org.neurobeam.preprocess.ephys.epochs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurobeam.ingest.Checks;

/**
 * {@code mne.Epochs} options with MNE's defaults: {@code tmin=-0.2}, {@code tmax=0.5},
 * {@code baseline=(None, 0)}, no rejection. Rejection compares each channel's peak-to-peak amplitude
 * over the whole epoch with the threshold for its type ({@code reject}: drop if greater; {@code flat}:
 * drop if smaller), ignoring bad channels.
 *
 * @param tmin epoch start in seconds relative to the event
 * @param tmax epoch end in seconds (inclusive)
 * @param baseline baseline correction, or null for none
 * @param reject channel type to maximum peak-to-peak, in data units (e.g. {@code eeg: 100e-6} for volts)
 * @param flat channel type to minimum peak-to-peak
 */
public record EpochConfig(double tmin, double tmax, Baseline baseline, Map<String, Double> reject,
        Map<String, Double> flat) {

    /** Validates the window and thresholds; keeps the maps' iteration order. */
    public EpochConfig {
        Checks.argument(tmin <= tmax, "tmin", "tmin (%s) must be less than or equal to tmax (%s)", tmin, tmax);
        Checks.argument(baseline == null || ((baseline.start() == null || baseline.start() >= tmin)
                && (baseline.end() == null || baseline.end() <= tmax)), "baseline",
                "baseline %s must lie within the epoch [%s, %s]", baseline, tmin, tmax);
        reject = thresholds(reject, "reject");
        flat = thresholds(flat, "flat");
    }

    private static Map<String, Double> thresholds(Map<String, Double> given, String option) {
        for (Double v : given.values()) {
            Checks.argument(v != null && v >= 0, option, "thresholds must be >= 0, got %s", v);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    /** MNE's defaults. */
    public static EpochConfig defaults() {
        return new EpochConfig(-0.2, 0.5, Baseline.DEFAULT, Map.of(), Map.of());
    }

    /** The same options with a window. */
    public EpochConfig withWindow(double start, double end) {
        return new EpochConfig(start, end, baseline, reject, flat);
    }

    /** The same options with a baseline (null: none). */
    public EpochConfig withBaseline(Baseline b) {
        return new EpochConfig(tmin, tmax, b, reject, flat);
    }

    /** The same options with peak-to-peak rejection thresholds per channel type. */
    public EpochConfig withReject(Map<String, Double> thresholds) {
        return new EpochConfig(tmin, tmax, baseline, thresholds, flat);
    }
}
