package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neurobeam.cohorts.Event;
import org.neurobeam.cohorts.Events;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.connectome.glm.Confounds;
import org.neurobeam.connectome.glm.DesignConfig;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.FirstLevelDesign;
import org.neurobeam.connectome.glm.HrfModel;
import org.neurobeam.connectome.glm.TaskEvent;
import org.neurobeam.preprocess.confounds.LoadedConfounds;

/**
 * A run's first-level design, as nilearn's {@code FirstLevelModel} builds it from {@code events.tsv}: frame times
 * from the TR ({@code slice_time_ref} 0), the chosen HRF, cosine drift at 0.01 Hz, the run's fMRIPrep confounds
 * when a strategy is asked for, a constant; and the contrasts to compute: each condition against baseline, then
 * the user's expressions.
 *
 * @param design    the design matrix
 * @param contrasts contrast expressions over its columns
 */
record RunDesign(DesignMatrix design, Set<String> contrasts) {

    static RunDesign of(RecordingRef ref, double tr, int volumes, FmriSettings settings) throws IOException {
        List<TaskEvent> events = new ArrayList<>();
        for (Event e : Events.read(Path.of(ref.eventsPath())).events()) {
            String condition = e.trialType() == null ? FirstLevelDesign.DUMMY_CONDITION : e.trialType();
            events.add(TaskEvent.of(e.onset(), e.duration(), condition));
        }
        DesignConfig config = DesignConfig.DEFAULT.withHrfModel(HrfModel.fromLabel(settings.hrf()));
        DesignMatrix design = FirstLevelDesign.make(FirstLevelDesign.frameTimes(volumes, tr, 0.0), events,
                confounds(ref, settings, volumes), config);
        Set<String> contrasts = new LinkedHashSet<>();
        events.stream().map(TaskEvent::trialType).sorted().forEach(contrasts::add);
        contrasts.addAll(settings.contrasts());
        return new RunDesign(design, contrasts);
    }

    private static Confounds confounds(RecordingRef ref, FmriSettings settings, int volumes) throws IOException {
        if (settings.confounds() == null) {
            return null;
        }
        LoadedConfounds loaded = RegionCleaning.confoundsOf(ref, settings.confounds(), volumes);
        return new Confounds(loaded.names(), loaded.values());
    }
}
