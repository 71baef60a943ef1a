package org.neurobeam.pipelines.encode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.neurobeam.encoders.checkpoint.Checkpoint;
import org.neurobeam.encoders.checkpoint.ModelConfig;
import org.neurobeam.encoders.demovae.DemoVae;
import org.neurobeam.encoders.demovae.Demographics;
import org.neurobeam.pipelines.NeuroBeamVersion;
import org.neurobeam.pipelines.dynamic.DerivedJob;
import org.neurobeam.pipelines.parquet.ParquetTables;
import org.neurobeam.pipelines.parquet.ReadTable;
import org.neurobeam.pipelines.run.JobCounters;
import org.neurobeam.pipelines.run.OutputFolder;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.stage.TableOutput;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;
import org.neurobeam.pipelines.tables.SyntheticConnectivityTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code neurobeam embed}: embeds every recording of a {@code run} output with a trained encoder, as a Beam
 * pipeline (tables read file by file on workers, one encoder per DoFn instance). For a DemoVAE it also writes
 * {@code demovae_latents}, {@code connectivity_deconfounded} and, with {@code --sample}, synthetic connectomes.
 * Options it does not know are Beam pipeline options. Exit codes: 0 done (failed recordings in
 * {@code failures}), 1 nothing could be embedded or the input could not be read, 2 bad usage.
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Embed a run's recordings with a trained encoder (see `train`).",
        footer = {"", "Beam options pass through, e.g. --runner=FlinkRunner --flinkMaster=[local]."})
public final class EmbedCommand implements Callable<Integer> {

    @Option(names = "--model-dir", paramLabel = "DIR", required = true, description = "A model folder from `train`.")
    Path modelDir;

    @Option(names = "--input", paramLabel = "RUN_OUTPUT", required = true,
            description = "Output folder of `neurobeam run` (region_timeseries, connectivity).")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Where the tables go.")
    Path output;

    @Option(names = "--connectivity-kind", paramLabel = "KIND", defaultValue = "correlation",
            description = "Connectivity rows a connectome model reads (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--reference", paramLabel = "NAME=VALUE,...",
            description = "DemoVAE: demographics connectomes are re-decoded at (default: training mean / first level).")
    String reference;

    @Option(names = "--sample", paramLabel = "NAME=VALUE,...",
            description = "DemoVAE: demographics to generate synthetic connectomes for (repeatable).")
    List<String> sampleSpecs = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10",
            description = "Synthetic connectomes per --sample (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the samples.")
    long seed;

    @Unmatched
    List<String> beamArgs = new ArrayList<>();

    @Override
    public Integer call() {
        PipelineOptions options;
        EncoderSettings settings;
        List<Map<String, String>> sampleRows = new ArrayList<>();
        try {
            if (!Files.isDirectory(input)) {
                throw new IllegalArgumentException("--input: " + input + " is not a folder");
            }
            if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("--output must differ from --input");
            }
            if (samples < 1) {
                throw new IllegalArgumentException("--samples: expected at least 1, got " + samples);
            }
            for (String spec : sampleSpecs) {
                Map<String, String> row = DemographicValues.parse("--sample", spec);
                for (int k = 0; k < samples; k++) {
                    sampleRows.add(row);
                }
            }
            settings = new EncoderSettings(modelDir.toAbsolutePath().toString(), kind,
                    DemographicValues.parse("--reference", reference));
            options = DerivedJob.beamOptions(beamArgs);
        } catch (IllegalArgumentException e) {
            System.err.println("neurobeam embed: " + e.getMessage());
            return 2;
        }
        try {
            return embed(settings, sampleRows, options);
        } catch (IllegalArgumentException e) {
            System.err.println("neurobeam embed: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("neurobeam embed: " + e.getMessage());
            return 1;
        }
    }

    private int embed(EncoderSettings settings, List<Map<String, String>> sampleRows, PipelineOptions options)
            throws IOException {
        Encode encode = Encode.of(settings, input.toAbsolutePath().toString());
        ModelConfig config = encode.config();
        System.out.println("[1/2] " + config.model() + " " + config.version() + " from " + modelDir);
        Pipeline pipeline = Pipeline.create(options);
        PCollectionTuple out = Encode.input(
                pipeline.apply("Read region_timeseries",
                        ReadTable.of(input, RegionTimeseriesTable.NAME, RegionTimeseriesTable.SCHEMA)),
                pipeline.apply("Read connectivity",
                        ReadTable.of(input, ConnectivityTable.NAME, ConnectivityTable.SCHEMA)))
                .apply("Encode", encode);
        Map<String, Schema> tables = new LinkedHashMap<>();
        for (TableOutput table : encode.tables(out)) {
            ParquetTables.write(table.rows(), table.name(), table.schema(), output.toString(), 1);
            tables.put(table.name(), table.schema());
        }
        ParquetTables.write(Encode.failures(out), FailuresTable.NAME, FailuresTable.SCHEMA, output.toString(), 1);
        tables.put(FailuresTable.NAME, FailuresTable.SCHEMA);
        if (!sampleRows.isEmpty()) {
            if (!config.model().equals(DemoVae.MODEL)) {
                throw new IllegalArgumentException("--sample: only a demovae model generates connectomes, this is "
                        + config.model());
            }
            try (DemoVae model = DemoVae.open(modelDir, config)) {
                Demographics demographics = DemographicValues.table("--sample", sampleRows, model.schema());
                Schema schema = SyntheticConnectivityTable.schema(demographics);
                ParquetTables.write(pipeline.apply("Synthetic connectomes",
                        Create.of(SyntheticConnectivityTable.rows(demographics, model.sample(demographics, seed)))
                                .withRowSchema(schema)), SyntheticConnectivityTable.NAME, schema, output.toString(), 1);
                tables.put(SyntheticConnectivityTable.NAME, schema);
            }
        }
        PipelineResult result = DerivedJob.run(pipeline, output, tables);
        writeProvenance(config, settings, options, sampleRows.size());
        long embedded = JobCounters.total(result, "neurobeam", EmbedFn.EMBEDDED_METRIC);
        long failed = JobCounters.total(result, "neurobeam", AnalysisStage.FAILURES_METRIC);
        System.out.println("[2/2] " + embedded + " recordings embedded, " + failed + " failures; "
                + String.join(", ", tables.keySet()) + " and provenance.json in " + output);
        return embedded == 0 ? 1 : 0;
    }

    private void writeProvenance(ModelConfig config, EncoderSettings settings, PipelineOptions options,
            int synthetic) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode node = json.createObjectNode();
        node.put("neurobeam", NeuroBeamVersion.get());
        node.put("input", input.toAbsolutePath().toString());
        node.put("runner", options.getRunner().getSimpleName());
        ObjectNode model = node.putObject("model");
        model.put("dir", settings.modelDir());
        model.put("name", config.model());
        model.put("version", config.version());
        model.set("hyper_parameters", config.hyperParameters());
        model.put("training_data_sha256", Checkpoint.readTraining(modelDir).dataFingerprint());
        node.put("connectivity_kind", settings.connectivityKind());
        node.putPOJO("reference", settings.reference());
        node.put("synthetic_samples", synthetic);
        node.put("seed", seed);
        json.writeValue(output.resolve(OutputFolder.PROVENANCE).toFile(), node);
    }
}
