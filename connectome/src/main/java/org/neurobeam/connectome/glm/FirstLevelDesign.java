package org.neurobeam.connectome.glm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.neurobeam.ingest.Checks;

/**
 * Builds a first-level design matrix as nilearn's {@code make_first_level_design_matrix}: one block of
 * regressors per condition (conditions in sorted order, see {@link EventRegressors}), then the
 * confounds, then the drifts and the constant.
 *
 * <p>Differences from nilearn: events outside the run fail unless {@link OutOfRunEvents#WARN}; NaN or
 * negative durations and duplicated column names fail; a rank-deficient matrix is not silently
 * regularised (nilearn's {@code full_rank}) but refused by {@link GlmFit}, naming the columns.
 */
public final class FirstLevelDesign {

    /** nilearn's condition for events without a trial type. */
    public static final String DUMMY_CONDITION = "dummy";

    private FirstLevelDesign() {
    }

    /** Frame times {@code t_i = (i + sliceTimeRef) tr}, as FirstLevelModel sets them. */
    public static double[] frameTimes(int scans, double tr, double sliceTimeRef) {
        Checks.argument(scans >= 2, "n_scans", "expected at least 2 scans, got %d", scans);
        Checks.positive(tr, "t_r");
        Checks.argument(sliceTimeRef >= 0 && sliceTimeRef <= 1, "slice_time_ref", "expected [0, 1], got %s",
                sliceTimeRef);
        double start = sliceTimeRef * tr;
        return EventRegressors.linspace(start, (scans - 1) * tr + start, scans);
    }

    /**
     * The design matrix.
     *
     * @param frameTimes strictly increasing acquisition times (s), at least 2
     * @param events     the paradigm, may be empty; errors name an event by its 0-based index in this list
     * @param confounds  additional regressors, or {@code null}
     */
    public static DesignMatrix make(double[] frameTimes, List<TaskEvent> events, Confounds confounds,
            DesignConfig config) {
        int n = frameTimes.length;
        Checks.argument(n >= 2, "frame_times", "expected at least 2 frame times, got %d", n);
        for (int i = 1; i < n; i++) {
            Checks.argument(Double.isFinite(frameTimes[i]) && frameTimes[i] > frameTimes[i - 1], "frame_times",
                    "expected finite, strictly increasing times; entry %d is %s after %s", i, frameTimes[i],
                    frameTimes[i - 1]);
        }
        List<String> warnings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<double[][]> blocks = new ArrayList<>();

        TreeMap<String, List<TaskEvent>> conditions = conditions(frameTimes, events, config, warnings);
        for (var entry : conditions.entrySet()) {
            List<TaskEvent> rows = entry.getValue();
            double[] onsets = rows.stream().mapToDouble(TaskEvent::onset).toArray();
            double[] durations = rows.stream().mapToDouble(TaskEvent::duration).toArray();
            double[] modulations = rows.stream().mapToDouble(TaskEvent::modulation).toArray();
            blocks.add(EventRegressors.compute(frameTimes, onsets, durations, modulations, config.hrfModel(),
                    config.firDelays(), config.oversampling(), config.minOnset()));
            names.addAll(config.hrfModel().names(entry.getKey(), config.firDelays()));
        }
        if (confounds != null) {
            double[][] values = confounds.values();
            Checks.argument(values.length == n, "confounds",
                    "the confounds have %d rows but the run has %d scans", values.length, n);
            blocks.add(values);
            names.addAll(confounds.names());
        }
        DriftRegressors drift = DriftRegressors.of(config, frameTimes);
        blocks.add(drift.values());
        names.addAll(drift.names());
        warnings.addAll(drift.warnings());

        List<String> duplicates = names.stream().filter(s -> names.indexOf(s) != names.lastIndexOf(s))
                .distinct().toList();
        Checks.argument(duplicates.isEmpty(), "design_matrix", "column names are not unique: %s", duplicates);
        double[][] values = new double[n][names.size()];
        int offset = 0;
        for (double[][] block : blocks) {
            int width = block.length == 0 ? 0 : block[0].length;
            for (int i = 0; i < n; i++) {
                System.arraycopy(block[i], 0, values[i], offset, width);
            }
            offset += width;
        }
        return new DesignMatrix(frameTimes, names, values, warnings);
    }

    private static TreeMap<String, List<TaskEvent>> conditions(double[] frameTimes, List<TaskEvent> events,
            DesignConfig config, List<String> warnings) {
        int n = frameTimes.length;
        double runEnd = frameTimes[n - 1] - frameTimes[0] + EventRegressors.minimumStep(frameTimes);
        double earliest = frameTimes[0] + config.minOnset();
        TreeMap<String, List<TaskEvent>> conditions = new TreeMap<>();
        boolean dummy = false;
        boolean early = false;
        for (int e = 0; e < events.size(); e++) {
            TaskEvent event = events.get(e);
            Checks.argument(Double.isFinite(event.onset()), "events", "event %d: onset must be finite, got %s", e,
                    event.onset());
            Checks.argument(Double.isFinite(event.duration()) && event.duration() >= 0, "events",
                    "event %d: duration must be a finite number >= 0, got %s", e, event.duration());
            Checks.argument(Double.isFinite(event.modulation()), "events",
                    "event %d: modulation must be finite, got %s", e, event.modulation());
            double end = event.onset() + event.duration();
            boolean outside = event.onset() >= runEnd || end < 0;
            if (outside) {
                String message = String.format(Locale.ROOT,
                        "event %d (%s, onset %s s, duration %s s) lies outside the run [0, %s) s", e,
                        event.trialType(), event.onset(), event.duration(), runEnd);
                Checks.argument(config.outOfRunEvents() == OutOfRunEvents.WARN, "events", "%s", message);
                warnings.add(message);
            }
            early |= event.onset() < earliest;
            dummy |= event.trialType() == null;
            String condition = event.trialType() == null ? DUMMY_CONDITION : event.trialType();
            conditions.computeIfAbsent(condition, k -> new ArrayList<>()).add(event);
        }
        if (dummy) {
            warnings.add("'trial_type' missing for some events; they form the condition '" + DUMMY_CONDITION
                    + "'");
        }
        if (early) {
            warnings.add(String.format(Locale.ROOT, "Some stimulus onsets are earlier than %s s, the start of the"
                    + " high-resolution grid; as in nilearn they are placed at the grid start", earliest));
        }
        return conditions;
    }
}
