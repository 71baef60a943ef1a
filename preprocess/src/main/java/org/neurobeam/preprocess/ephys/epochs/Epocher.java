package org.neurobeam.preprocess.ephys.epochs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts epochs as MNE 1.3's {@code mne.Epochs(raw, events, ..., preload=True)}: the window is samples
 * {@code round(tmin sfreq) .. round(tmax sfreq)} (round half to even, as numpy) around each event;
 * events whose window starts before the data are dropped as "NO_DATA", those running past the end as
 * "TOO_SHORT"; then baseline correction, then peak-to-peak rejection per channel type.
 */
public final class Epocher {

    private Epocher() {
    }

    /** Epochs of {@code recording} around {@code events}. */
    public static Epochs cut(Recording recording, List<Event> events, EpochConfig config) {
        double sfreq = recording.samplingRateHz();
        int startIndex = (int) Math.rint(config.tmin() * sfreq);
        int stopIndex = (int) Math.rint(config.tmax() * sfreq);
        double[] times = new double[stopIndex - startIndex + 1];
        for (int i = 0; i < times.length; i++) {
            times[i] = (startIndex + i) / sfreq;
        }
        List<double[][]> kept = new ArrayList<>();
        List<Event> keptEvents = new ArrayList<>();
        List<Integer> selection = new ArrayList<>();
        List<List<String>> dropLog = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            Event event = events.get(e);
            int start = (int) Math.rint(event.sample() + times[0] * sfreq) - recording.firstSample();
            int stop = start + times.length;
            List<String> reasons;
            double[][] epoch = null;
            if (start < 0) {
                reasons = List.of("NO_DATA");
            } else if (stop > recording.samples()) {
                reasons = List.of("TOO_SHORT");
            } else {
                epoch = new double[recording.data().length][];
                for (int c = 0; c < epoch.length; c++) {
                    epoch[c] = java.util.Arrays.copyOfRange(recording.data()[c], start, stop);
                }
                if (config.baseline() != null) {
                    config.baseline().apply(epoch, times);
                }
                reasons = rejections(recording, epoch, config);
            }
            dropLog.add(reasons);
            if (reasons.isEmpty()) {
                kept.add(epoch);
                keptEvents.add(event);
                selection.add(e);
            }
        }
        return new Epochs(kept.toArray(double[][][]::new), times, keptEvents,
                selection.stream().mapToInt(Integer::intValue).toArray(), dropLog);
    }

    /** Names of channels whose peak-to-peak breaks a reject (then flat) threshold of their type. */
    private static List<String> rejections(Recording recording, double[][] epoch, EpochConfig config) {
        Set<String> bad = new LinkedHashSet<>();
        check(recording, epoch, config.reject(), true, bad);
        check(recording, epoch, config.flat(), false, bad);
        return List.copyOf(bad);
    }

    private static void check(Recording recording, double[][] epoch, Map<String, Double> thresholds,
            boolean above, Set<String> bad) {
        for (Map.Entry<String, Double> threshold : thresholds.entrySet()) {
            for (int c = 0; c < epoch.length; c++) {
                String name = recording.names().get(c);
                if (!recording.types().get(c).equals(threshold.getKey()) || recording.bads().contains(name)) {
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : epoch[c]) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                double ptp = max - min;
                if (above ? ptp > threshold.getValue() : ptp < threshold.getValue()) {
                    bad.add(name);
                }
            }
        }
    }
}
