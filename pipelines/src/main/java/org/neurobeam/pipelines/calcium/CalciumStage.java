package org.neurobeam.pipelines.calcium;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTagList;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.stage.StageOutput;
import org.neurobeam.pipelines.stage.TableOutput;
import org.neurobeam.pipelines.tables.BinnedCountsTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.SpikesTable;
import org.neurobeam.pipelines.tables.TracesTable;

/** Calcium imaging and sorted spikes as a stage of {@code run}: traces and spikes out, binned_counts with a bin width. */
public final class CalciumStage implements AnalysisStage {

    private final CalciumSettings settings;

    public CalciumStage(CalciumSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<Modality> modalities() {
        return Set.of(Modality.CALCIUM, Modality.SPIKES);
    }

    /** Nothing to check before the job: the stage has no inputs of its own. */
    @Override
    public void validate() {
    }

    @Override
    public StageOutput expand(PCollection<KV<RecordingRef, Row>> recordings) {
        PCollectionTuple out = recordings.apply("Calcium traces and spikes", ParDo.of(new CalciumFn(settings))
                .withOutputTags(CalciumFn.TRACES, TupleTagList.of(CalciumFn.SPIKES).and(CalciumFn.BINNED_COUNTS)
                        .and(CalciumFn.FAILURES).and(CalciumFn.NOTES)));
        List<TableOutput> tables = new ArrayList<>(List.of(
                new TableOutput(TracesTable.NAME, TracesTable.SCHEMA,
                        out.get(CalciumFn.TRACES).setRowSchema(TracesTable.SCHEMA)),
                new TableOutput(SpikesTable.NAME, SpikesTable.SCHEMA,
                        out.get(CalciumFn.SPIKES).setRowSchema(SpikesTable.SCHEMA))));
        PCollection<Row> binned = out.get(CalciumFn.BINNED_COUNTS).setRowSchema(BinnedCountsTable.SCHEMA);
        if (settings.binWidth() != null) {
            tables.add(new TableOutput(BinnedCountsTable.NAME, BinnedCountsTable.SCHEMA, binned));
        }
        return new StageOutput(tables, out.get(CalciumFn.FAILURES).setRowSchema(FailuresTable.SCHEMA),
                out.get(CalciumFn.NOTES).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    }

    @Override
    public Map<String, Object> provenance() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("neuropil", settings.neuropil());
        values.put("baseline", settings.baseline().suite2pName());
        values.put("baseline_window_s", settings.config().baseline().windowSeconds());
        values.put("baseline_sigma_frames", settings.config().baseline().sigmaFrames());
        values.put("baseline_percentile", settings.config().baseline().percentile());
        values.put("bin_width", settings.binWidth());
        values.put("cells_only", settings.cellsOnly());
        return values;
    }
}
