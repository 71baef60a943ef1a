package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.pipelines.encode.Encode;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.stage.StageOutput;
import org.neurobeam.pipelines.stage.TableOutput;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.GlmContrastsTable;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;

/**
 * The fMRI analysis as a stage of {@code run}: BOLD runs in; region_timeseries, connectivity and glm_contrasts out,
 * GLM statistic maps under {@code OUTPUT/maps/}, and with an encoder its embeddings tables.
 */
public final class FmriStage implements AnalysisStage {

    private final FmriSettings settings;
    private final Path output;
    private final Encode encode;

    /** {@code encode}: the encoder that embeds every analysed run ({@code run --encoder}), or null. */
    public FmriStage(FmriSettings settings, Path output, Encode encode) {
        this.settings = settings;
        this.output = output;
        this.encode = encode;
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
        List<TableOutput> tables = new ArrayList<>(List.of(
                new TableOutput(RegionTimeseriesTable.NAME, RegionTimeseriesTable.SCHEMA,
                        fmri.get(AnalyseBoldFn.REGION_TIMESERIES)),
                new TableOutput(ConnectivityTable.NAME, ConnectivityTable.SCHEMA, fmri.get(AnalyseBoldFn.CONNECTIVITY)),
                new TableOutput(GlmContrastsTable.NAME, GlmContrastsTable.SCHEMA, fmri.get(AnalyseBoldFn.GLM_CONTRASTS))));
        PCollection<Row> failures = fmri.get(AnalyseBoldFn.FAILURES);
        if (encode != null) {
            PCollectionTuple embedded = Encode.input(fmri.get(AnalyseBoldFn.REGION_TIMESERIES),
                    fmri.get(AnalyseBoldFn.CONNECTIVITY)).apply("Encode runs", encode);
            tables.addAll(encode.tables(embedded));
            failures = PCollectionList.of(failures).and(Encode.failures(embedded))
                    .apply("fMRI and encoder failures", Flatten.pCollections()).setRowSchema(FailuresTable.SCHEMA);
        }
        return new StageOutput(tables, failures, fmri.get(AnalyseBoldFn.NOTES));
    }

    @Override
    public Map<String, Object> provenance() {
        Map<String, Object> provenance = new LinkedHashMap<>(FmriProvenance.of(settings));
        if (encode != null) {
            provenance.put("encoder", encode.provenance());
        }
        return provenance;
    }
}
