package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.cohorts.Event;
import org.neurobeam.cohorts.Events;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.connectome.glm.Confounds;
import org.neurobeam.connectome.glm.DesignConfig;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.FirstLevelDesign;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.GlmFit;
import org.neurobeam.connectome.glm.GlmResult;
import org.neurobeam.connectome.glm.HrfModel;
import org.neurobeam.connectome.glm.MeanScaling;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.connectome.glm.TaskEvent;
import org.neurobeam.preprocess.confounds.LoadedConfounds;
import org.neurobeam.preprocess.parcellation.RegionSignals;
import org.neurobeam.pipelines.tables.GlmContrastsTable;

/**
 * The first-level GLM on a run's region signals, as nilearn's {@code FirstLevelModel} fits it: the raw region
 * means (not the cleaned, standardised ones: drift and confounds are columns of the design), mean-scaled to
 * percent signal change ({@code signal_scaling=0}), design from the events with the chosen HRF, cosine drift
 * at 0.01 Hz, AR(1) noise. One t contrast per condition against baseline, plus the user's expressions.
 */
final class RegionGlm {

    private RegionGlm() {
    }

    /** The {@code glm_contrasts} rows of one run. */
    static List<Row> contrasts(RecordingRef ref, double tr, RegionSignals regions, FmriSettings settings)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        double[][] y = regions.signals();
        List<TaskEvent> events = taskEvents(Path.of(ref.eventsPath()));
        DesignConfig config = DesignConfig.DEFAULT.withHrfModel(HrfModel.fromLabel(settings.hrf()));
        DesignMatrix design = FirstLevelDesign.make(FirstLevelDesign.frameTimes(y.length, tr, 0.0), events,
                confounds(ref, settings, y.length), config);
        GlmResult fit = GlmFit.fit(design, MeanScaling.percentOfMean(y), GlmConfig.DEFAULT);
        for (String contrast : contrastsOf(events, settings)) {
            TContrast t = TContrast.of(fit, contrast);
            for (int r = 0; r < regions.labels().length; r++) {
                rows.add(Row.withSchema(GlmContrastsTable.SCHEMA).addValues(ref.recordingId(), contrast,
                        regions.labels()[r], t.effect()[r], t.stderr()[r], t.t()[r], t.z()[r], t.p()[r]).build());
            }
        }
        return rows;
    }

    private static List<TaskEvent> taskEvents(Path file) throws IOException {
        List<TaskEvent> events = new ArrayList<>();
        for (Event e : Events.read(file).events()) {
            String condition = e.trialType() == null ? FirstLevelDesign.DUMMY_CONDITION : e.trialType();
            events.add(TaskEvent.of(e.onset(), e.duration(), condition));
        }
        return events;
    }

    private static Confounds confounds(RecordingRef ref, FmriSettings settings, int volumes) throws IOException {
        if (settings.confounds() == null) {
            return null;
        }
        LoadedConfounds loaded = RegionCleaning.confoundsOf(ref, settings.confounds(), volumes);
        return new Confounds(loaded.names(), loaded.values());
    }

    private static Set<String> contrastsOf(List<TaskEvent> events, FmriSettings settings) {
        Set<String> contrasts = new LinkedHashSet<>();
        events.stream().map(TaskEvent::trialType).sorted().forEach(contrasts::add);
        contrasts.addAll(settings.contrasts());
        return contrasts;
    }
}
