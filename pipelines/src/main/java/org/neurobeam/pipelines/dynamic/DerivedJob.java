package org.neurobeam.pipelines.dynamic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.pipelines.run.OutputFolder;

/**
 * What the commands that analyse earlier outputs ({@code dynamic}, {@code states}) share around their Beam
 * pipeline: pass-through Beam options, one output tag per table, {@code provenance.json} from the driver's part
 * and the analyses' parts ({@link ProvenanceFn}), and running into a prepared output folder ({@link org.neurobeam.pipelines.run.JobCounters} totals its metrics).
 */
public final class DerivedJob {

    private DerivedJob() {
    }

    /** Beam options from the arguments picocli did not match; anything but {@code --name=value} is an error. */
    public static PipelineOptions beamOptions(List<String> args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
        }
        return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().create();
    }

    /** One output tag per table, named after it, in the tables' order. */
    public static Map<String, TupleTag<Row>> tags(Map<String, Schema> tables) {
        Map<String, TupleTag<Row>> tags = new LinkedHashMap<>();
        tables.keySet().forEach(t -> tags.put(t, new TupleTag<>(t)));
        return Collections.unmodifiableMap(tags);
    }

    /** Writes {@code provenance.json} into {@code out}: {@code driverPart} merged with every part of the view. */
    public static void writeProvenance(Pipeline pipeline, PCollectionView<List<String>> parts, String driverPart,
            String out) {
        pipeline.apply("Provenance of the driver", Create.of(driverPart))
                .apply("Provenance", ParDo.of(new ProvenanceFn(parts)).withSideInputs(parts))
                .apply("Write provenance", FileIO.<String>write()
                        .via(TextIO.sink())
                        .to(out)
                        .withNaming((window, pane, shards, shard, compression) -> OutputFolder.PROVENANCE)
                        .withNumShards(1));
    }

    /** Prepares {@code output} for {@code tables} and provenance, runs the pipeline to the end, finishes. */
    public static PipelineResult run(Pipeline pipeline, Path output, Map<String, Schema> tables) throws IOException {
        List<String> outputs = new ArrayList<>(tables.keySet());
        outputs.add(OutputFolder.PROVENANCE);
        OutputFolder.prepare(output, outputs);
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();
        OutputFolder.finish(output, tables);
        return result;
    }
}
