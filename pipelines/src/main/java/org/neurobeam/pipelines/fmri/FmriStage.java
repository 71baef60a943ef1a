package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.stage.StageOutput;
import org.neurobeam.pipelines.stage.TableOutput;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.GlmContrastsTable;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;

/**
 * The fMRI analysis as a stage of {@code run}: BOLD runs in; region_timeseries, connectivity and glm_contrasts out,
 * and GLM statistic maps under {@code OUTPUT/maps/}.
 */
public final class FmriStage implements AnalysisStage {

    private final FmriSettings settings;
    private final Path output;

    public FmriStage(FmriSettings settings, Path output) {
        this.settings = settings;
        this.output = output;
    }

    @Override
    public Set<Modality> modalities() {
        return Set.of(Modality.BOLD);
    }

    @Override
    public void validate() throws IOException {
        RegionExtraction.of(settings);
    }

    @Override
    public StageOutput expand(PCollection<KV<RecordingRef, Row>> recordings) {
        PCollectionTuple fmri = recordings.apply("fMRI analysis", new FmriAnalysis(settings,
                output.toAbsolutePath().resolve("maps").toString()));
        return new StageOutput(List.of(
                new TableOutput(RegionTimeseriesTable.NAME, RegionTimeseriesTable.SCHEMA,
                        fmri.get(AnalyseBoldFn.REGION_TIMESERIES)),
                new TableOutput(ConnectivityTable.NAME, ConnectivityTable.SCHEMA, fmri.get(AnalyseBoldFn.CONNECTIVITY)),
                new TableOutput(GlmContrastsTable.NAME, GlmContrastsTable.SCHEMA, fmri.get(AnalyseBoldFn.GLM_CONTRASTS))),
                fmri.get(AnalyseBoldFn.FAILURES), fmri.get(AnalyseBoldFn.NOTES));
    }

    @Override
    public Map<String, Object> provenance() {
        return FmriProvenance.of(settings);
    }
}
