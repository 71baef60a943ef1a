package org.neurobeam.pipelines.dynamic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.neurobeam.pipelines.run.JobCounters;
import org.neurobeam.pipelines.dynamic.BrainStateAnalysis.Windows;
import org.neurobeam.pipelines.dynamic.InputTables.RegionSignal;
import org.neurobeam.pipelines.dynamic.InputTables.Trace;
import org.neurobeam.pipelines.parquet.ParquetTables;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * The Beam pipeline of {@code neurobeam dynamic}. fMRI: region signals grouped by recording, windowed per
 * recording ({@link WindowRecordingFn}), the windows grouped under one key and clustered ({@link BrainStatesFn}).
 * Calcium: traces grouped by kind, one NTF per kind ({@link NtfFn}); the traces come from a run's {@code traces}
 * table or from the C. elegans collection ({@link #runWorms}). Grouped steps sort their input, so the tables do
 * not depend on arrival order or runner.
 */
final class DynamicPipeline {

    static final String NAMESPACE = "neurobeam.dynamic";
    static final Counter DONE = Metrics.counter(NAMESPACE, "analyses_done");
    static final Counter FAILURES = Metrics.counter(NAMESPACE, "failures");

    /** Analyses that ran and failures rows written. */
    record Result(long done, long failures) {
    }

    private DynamicPipeline() {
    }

    /** Builds and runs the pipeline; {@code provenance} is the driver's part of {@code provenance.json}. */
    static Result run(Path input, Path output, DynamicSettings settings, PipelineOptions options, String provenance,
            Consumer<String> progress) throws IOException {
        Pipeline pipeline = Pipeline.create(options);
        List<Row> skipped = new ArrayList<>();
        List<PCollectionTuple> analyses = new ArrayList<>();
        List<KV<String, Trace>> traces = new ArrayList<>();
        for (String kind : settings.kinds()) {
            if (kind.equals(DynamicSettings.REGION)) {
                List<RegionSignal> signals = InputTables.regionSignals(input);
                if (signals.isEmpty()) {
                    skipped.add(failure(kind, BrainStateAnalysis.STAGE, "no region_timeseries rows in " + input));
                    progress.accept("      region: no region_timeseries rows; skipped");
                } else {
                    analyses.add(brainStates(pipeline, signals, settings));
                    progress.accept("      region: brain states of " + signals.size() + " region signals");
                }
                continue;
            }
            List<Trace> own = InputTables.traces(input, kind);
            if (own.isEmpty()) {
                skipped.add(failure(kind, NtfAnalysis.STAGE, "no traces rows of kind '" + kind + "' in " + input));
                progress.accept("      " + kind + ": no traces rows; skipped");
            } else {
                own.forEach(t -> traces.add(KV.of(kind, t)));
                progress.accept("      " + kind + ": NTF of " + own.size() + " traces");
            }
        }
        if (!traces.isEmpty()) {
            analyses.add(ntf(pipeline.apply("Traces", Create.of(traces)
                    .withCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Trace.class)))), settings));
        }
        PCollection<Row> failures = pipeline.apply("Skipped analyses",
                Create.of(skipped).withCoder(SchemaCoder.of(FailuresTable.SCHEMA)));
        return write(pipeline, output, analyses, failures, provenance, skipped.size());
    }

    /**
     * Builds and runs the NTF of the C. elegans collection's worms ({@link WormCollection}): one analysis whose id
     * is the signal column; the files are read inside the pipeline.
     */
    static Result runWorms(WormInput worms, Path output, DynamicSettings settings, PipelineOptions options,
            String provenance, Consumer<String> progress) throws IOException {
        Pipeline pipeline = Pipeline.create(options);
        WormCollection.Traces traces = WormCollection.read(pipeline, worms);
        progress.accept("      " + worms.config().signal() + ": NTF of the worms of " + worms.files().size()
                + " collection file(s)");
        return write(pipeline, output, List.of(ntf(traces.traces(), settings)), traces.failures(), provenance, 0);
    }

    /** Writes every table, empty ones with their schema, and provenance.json; runs the pipeline. */
    private static Result write(Pipeline pipeline, Path output, List<PCollectionTuple> analyses,
            PCollection<Row> failures, String provenance, long skipped) throws IOException {
        String out = output.toString();
        for (Map.Entry<String, TupleTag<Row>> table : DynamicOutput.TAGS.entrySet()) {
            List<PCollection<Row>> parts = new ArrayList<>();
            if (table.getKey().equals(FailuresTable.NAME)) {
                parts.add(failures);
            }
            analyses.forEach(a -> parts.add(a.get(table.getValue())
                    .setRowSchema(DynamicOutput.TABLES.get(table.getKey()))));
            if (!parts.isEmpty()) {
                ParquetTables.write(PCollectionList.of(parts).apply("All " + table.getKey(), Flatten.pCollections())
                        .setRowSchema(DynamicOutput.TABLES.get(table.getKey())), table.getKey(),
                        DynamicOutput.TABLES.get(table.getKey()), out, 1);
            }
        }
        List<PCollection<String>> parts = new ArrayList<>();
        parts.add(pipeline.apply("No provenance", Create.empty(StringUtf8Coder.of())));
        analyses.forEach(a -> parts.add(a.get(DynamicOutput.PROVENANCE).setCoder(StringUtf8Coder.of())));
        PCollectionView<List<String>> view = PCollectionList.of(parts)
                .apply("All provenance", Flatten.pCollections()).apply("Provenance parts", View.asList());
        DerivedJob.writeProvenance(pipeline, view, provenance, out);
        PipelineResult result = DerivedJob.run(pipeline, output, DynamicOutput.TABLES);
        return new Result(JobCounters.total(result, NAMESPACE, "analyses_done"),
                skipped + JobCounters.total(result, NAMESPACE, "failures"));
    }

    private static PCollectionTuple brainStates(Pipeline pipeline, List<RegionSignal> signals,
            DynamicSettings settings) {
        Map<String, List<RegionSignal>> byRecording = new LinkedHashMap<>();
        List<KV<String, RegionSignal>> keyed = new ArrayList<>();
        for (RegionSignal s : signals) {
            byRecording.computeIfAbsent(s.recordingId(), k -> new ArrayList<>()).add(s);
            keyed.add(KV.of(s.recordingId(), s));
        }
        int[] regions = BrainStateAnalysis.cohortRegions(byRecording);
        return pipeline
                .apply("Region signals", Create.of(keyed)
                        .withCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(RegionSignal.class))))
                .apply("By recording", GroupByKey.create())
                .apply("Window each recording", ParDo.of(new WindowRecordingFn(regions, settings)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Windows.class)))
                .apply("Cohort windows", GroupByKey.create())
                .apply("Brain states", ParDo.of(new BrainStatesFn(regions, settings)).withOutputTags(
                        DynamicOutput.TAGS.get(FailuresTable.NAME), others()));
    }

    private static PCollectionTuple ntf(PCollection<KV<String, Trace>> traces, DynamicSettings settings) {
        return traces
                .apply("By kind", GroupByKey.create())
                .apply("NTF", ParDo.of(new NtfFn(settings)).withOutputTags(
                        DynamicOutput.TAGS.get(FailuresTable.NAME), others()));
    }

    /** Every output but failures (the main one). */
    private static TupleTagList others() {
        TupleTagList list = TupleTagList.of(DynamicOutput.PROVENANCE);
        for (Map.Entry<String, TupleTag<Row>> tag : DynamicOutput.TAGS.entrySet()) {
            if (!tag.getKey().equals(FailuresTable.NAME)) {
                list = list.and(tag.getValue());
            }
        }
        return list;
    }

    private static Row failure(String subject, String stage, String message) {
        return FailuresTable.row(subject, stage, "InvalidInput", message);
    }
}
