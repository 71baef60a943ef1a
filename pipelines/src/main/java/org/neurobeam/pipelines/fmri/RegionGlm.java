package org.neurobeam.pipelines.fmri;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.GlmFit;
import org.neurobeam.connectome.glm.GlmResult;
import org.neurobeam.connectome.glm.MeanScaling;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.preprocess.parcellation.RegionSignals;
import org.neurobeam.pipelines.tables.GlmContrastsTable;

/**
 * The first-level GLM on a run's region signals, as nilearn's {@code FirstLevelModel} fits it: the raw region
 * means (not the cleaned, standardised ones: drift and confounds are columns of the design), mean-scaled to
 * percent signal change ({@code signal_scaling=0}), AR(1) noise.
 */
final class RegionGlm {

    private RegionGlm() {
    }

    /** The {@code glm_contrasts} rows of one run. */
    static List<Row> contrasts(String recordingId, RunDesign run, RegionSignals regions) {
        GlmResult fit = GlmFit.fit(run.design(), MeanScaling.percentOfMean(regions.signals()), GlmConfig.DEFAULT);
        List<Row> rows = new ArrayList<>();
        for (String contrast : run.contrasts()) {
            TContrast t = TContrast.of(fit, contrast);
            for (int r = 0; r < regions.labels().length; r++) {
                rows.add(Row.withSchema(GlmContrastsTable.SCHEMA).addValues(recordingId, contrast,
                        regions.labels()[r], t.effect()[r], t.stderr()[r], t.t()[r], t.z()[r], t.p()[r]).build());
            }
        }
        return rows;
    }
}
