package org.neurobeam.pipelines.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTagList;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.Modality;
import org.neurobeam.pipelines.NeuroBeamVersion;
import org.neurobeam.pipelines.parquet.ParquetTables;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.stage.StageOutput;
import org.neurobeam.pipelines.stage.TableOutput;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.RecordingsTable;

/**
 * The {@code run} job: discover → one element per recording (Reshuffle spreads the expensive reads over
 * workers) → read and summarise → Parquet tables and {@code provenance.json}. Runner-agnostic: the same
 * graph runs on the DirectRunner and on Flink.
 */
public final class RunPipeline {

    private RunPipeline() {
    }

    /** Runs the job to completion and reports what it did; {@code progress} receives one line per stage. */
    public static RunSummary run(RunConfig config, PipelineOptions options, Consumer<String> progress)
            throws IOException {
        progress.accept("[1/3] discover: " + config.input());
        DiscoveryResult found = Discovery.discover(config.input());
        progress.accept(String.format(Locale.ROOT, "      %d recordings, %d inputs not understood",
                found.recordings().size(), found.problems().size()));
        if (config.failFast() && !found.problems().isEmpty()) {
            Problem first = found.problems().get(0);
            throw new RecordingFailedException(first.path(), new IOException(first.reason()));
        }
        for (AnalysisStage stage : config.stages()) {
            stage.validate();
        }

        Pipeline pipeline = Pipeline.create(options);
        Map<String, Schema> tables = build(pipeline, config, found, options);
        List<String> outputs = new ArrayList<>(tables.keySet());
        outputs.addAll(OutputFolder.OTHER_OUTPUTS);
        OutputFolder.prepare(config.output(), outputs);
        progress.accept("[2/3] read: " + found.recordings().size() + " recordings on "
                + options.getRunner().getSimpleName());
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();
        OutputFolder.finish(config.output(), tables);
        long read = JobCounters.total(result, ReadRecordingFn.NAMESPACE, ReadRecordingFn.READ);
        long failed = JobCounters.total(result, ReadRecordingFn.NAMESPACE, ReadRecordingFn.FAILED);
        long analysisFailures = JobCounters.total(result, ReadRecordingFn.NAMESPACE, AnalysisStage.FAILURES_METRIC);
        progress.accept(String.format(Locale.ROOT, "[3/3] write: %s and provenance.json in %s",
                String.join(", ", tables.keySet()), config.output()));
        return new RunSummary(found.recordings().size(), found.problems().size(), read, failed, analysisFailures,
                List.copyOf(tables.keySet()), config.output());
    }

    /** Appends the job's transforms to {@code pipeline}; returns the tables it writes. */
    static Map<String, Schema> build(Pipeline pipeline, RunConfig config, DiscoveryResult found,
            PipelineOptions options) {
        String output = config.output().toString();
        PCollectionTuple read = pipeline
                .apply("Discovered recordings", Create.of(found.recordings())
                        .withCoder(SerializableCoder.of(RecordingRef.class)))
                .apply("One recording per worker", Reshuffle.viaRandomKey())
                .apply("Read recordings", ParDo.of(new ReadRecordingFn(config.failFast()))
                        .withOutputTags(ReadRecordingFn.RECORDINGS, TupleTagList.of(ReadRecordingFn.FAILURES)
                                .and(ReadRecordingFn.CHECKSUMS).and(ReadRecordingFn.NOTES)
                                .and(ReadRecordingFn.READ_RUNS)));
        KvCoder<String, String> pairs = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
        Map<String, Schema> tables = new LinkedHashMap<>();
        List<PCollection<Row>> failures = new ArrayList<>();
        List<PCollection<KV<String, String>>> notes = new ArrayList<>();

        write(read.get(ReadRecordingFn.RECORDINGS), RecordingsTable.NAME, RecordingsTable.SCHEMA, output, tables);
        failures.add(read.get(ReadRecordingFn.FAILURES).setRowSchema(FailuresTable.SCHEMA));
        notes.add(read.get(ReadRecordingFn.NOTES).setCoder(pairs));
        List<Row> problemRows = new ArrayList<>();
        for (Problem problem : found.problems()) {
            problemRows.add(FailuresTable.row(problem.path(), problem.stage(), "DiscoveryProblem", problem.reason()));
        }
        failures.add(pipeline.apply("Discovery problems",
                Create.of(problemRows).withCoder(SchemaCoder.of(FailuresTable.SCHEMA))));

        PCollection<KV<RecordingRef, Row>> readRuns = read.get(ReadRecordingFn.READ_RUNS)
                .setCoder(KvCoder.of(SerializableCoder.of(RecordingRef.class), SchemaCoder.of(RecordingsTable.SCHEMA)));
        for (AnalysisStage stage : config.stages()) {
            Set<Modality> modalities = stage.modalities();
            if (found.recordings().stream().noneMatch(r -> modalities.contains(r.modality()))) {
                continue;
            }
            StageOutput produced = stage.expand(readRuns.apply("Recordings for " + stage.getClass().getSimpleName(),
                    Filter.by(run -> modalities.contains(run.getKey().modality()))));
            for (TableOutput table : produced.tables()) {
                Checks.argument(!tables.containsKey(table.name()), "stages", "two stages write table %s", table.name());
                write(table.rows(), table.name(), table.schema(), output, tables);
            }
            failures.add(produced.failures());
            notes.add(produced.notes());
        }
        write(PCollectionList.of(failures).apply("All failures", Flatten.pCollections()), FailuresTable.NAME,
                FailuresTable.SCHEMA, output, tables);

        PCollectionView<List<KV<String, String>>> checksumView = read.get(ReadRecordingFn.CHECKSUMS).setCoder(pairs)
                .apply("Checksums", View.asList());
        PCollectionView<List<KV<String, String>>> noteView = PCollectionList.of(notes)
                .apply("All notes", Flatten.pCollections()).apply("Notes", View.asList());
        pipeline.apply("Provenance of the run", Create.of(staticProvenance(config, found, options)))
                .apply("Provenance of the inputs", ParDo.of(new ProvenanceFn(checksumView, noteView))
                        .withSideInputs(checksumView, noteView))
                .apply("Write provenance", FileIO.<String>write()
                        .via(TextIO.sink())
                        .to(output)
                        .withNaming((window, pane, shards, shard, compression) -> "provenance.json")
                        .withNumShards(1));
        return tables;
    }

    private static void write(PCollection<Row> rows, String table, Schema schema, String output,
            Map<String, Schema> tables) {
        ParquetTables.write(rows.hasSchema() ? rows : rows.setRowSchema(schema), table, schema, output, 1);
        tables.put(table, schema);
    }

    private static String staticProvenance(RunConfig config, DiscoveryResult found, PipelineOptions options) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("neurobeam_version", NeuroBeamVersion.get());
        root.put("started_at", Instant.now().toString());
        root.putPOJO("command_line", config.commandLine());
        ObjectNode opts = root.putObject("options");
        opts.put("input", config.input().toString());
        opts.put("output", config.output().toString());
        opts.put("fail_fast", config.failFast());
        opts.put("runner", options.getRunner().getSimpleName());
        ObjectNode stages = opts.putObject("stages");
        for (AnalysisStage stage : config.stages()) {
            stages.putPOJO(stage.getClass().getSimpleName(), stage.provenance());
        }
        root.put("recordings_discovered", found.recordings().size());
        root.put("discovery_problems", found.problems().size());
        try {
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
