package org.neurobeam.pipelines.states;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.neurobeam.pipelines.run.JobCounters;
import org.neurobeam.pipelines.dynamic.DerivedJob;
import org.neurobeam.pipelines.parquet.ParquetTables;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * The Beam pipeline of {@code neurobeam states}: one element per recording × model, spread over the workers
 * (a reshuffle), one fit per element ({@link StatesFn}); every fit writes only its own rows, so the tables do not
 * depend on the runner.
 */
final class StatesPipeline {

    static final String NAMESPACE = "neurobeam.states";
    static final String DONE = "fits_done";
    static final String FAILURES = "failures";

    /** Fits that completed and failures rows written. */
    record Result(long done, long failures) {
    }

    private StatesPipeline() {
    }

    /** Builds and runs the pipeline; {@code provenance} is the driver's part of {@code provenance.json}. */
    static Result run(List<CountsRecording> recordings, Path output, StatesSettings settings,
            PipelineOptions options, String provenance) throws IOException {
        Pipeline pipeline = Pipeline.create(options);
        List<String> models = List.copyOf(settings.models());
        TupleTagList others = TupleTagList.of(StatesOutput.PROVENANCE);
        for (Map.Entry<String, TupleTag<Row>> tag : StatesOutput.TAGS.entrySet()) {
            if (!tag.getKey().equals(FailuresTable.NAME)) {
                others = others.and(tag.getValue());
            }
        }
        PCollectionTuple results = pipeline
                .apply("Recordings", Create.of(recordings).withCoder(SerializableCoder.of(CountsRecording.class)))
                .apply("One fit per model", FlatMapElements
                        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(CountsRecording.class)))
                        .via((CountsRecording r) -> models.stream().map(m -> KV.of(m, r)).toList()))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(CountsRecording.class)))
                .apply("Spread", Reshuffle.viaRandomKey())
                .apply("Fit", ParDo.of(new StatesFn(settings))
                        .withOutputTags(StatesOutput.TAGS.get(FailuresTable.NAME), others));
        String out = output.toString();
        StatesOutput.TAGS.forEach((table, tag) -> ParquetTables.write(
                results.get(tag).setRowSchema(StatesOutput.TABLES.get(table)), table, StatesOutput.TABLES.get(table),
                out, 1));
        PCollectionView<List<String>> view = results.get(StatesOutput.PROVENANCE).setCoder(StringUtf8Coder.of())
                .apply("Provenance parts", View.asList());
        DerivedJob.writeProvenance(pipeline, view, provenance, out);
        PipelineResult result = DerivedJob.run(pipeline, output, StatesOutput.TABLES);
        return new Result(JobCounters.total(result, NAMESPACE, DONE),
                JobCounters.total(result, NAMESPACE, FAILURES));
    }
}
