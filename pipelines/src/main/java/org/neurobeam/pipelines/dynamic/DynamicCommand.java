package org.neurobeam.pipelines.dynamic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.neurobeam.ingest.celegans.CollectionConfig;
import org.neurobeam.pipelines.NeuroBeamVersion;
import org.neurobeam.pipelines.tables.FailuresTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code neurobeam dynamic}: dynamic connectomes over the tables of a {@code run} output folder: fMRI brain
 * states from {@code region_timeseries} and calcium NTF with communities from {@code traces}, or NTF over the
 * worms of the C. elegans collection ({@code --worms}), as a Beam pipeline ({@link DynamicPipeline}). Options it does not know (such as {@code --runner=FlinkRunner
 * --flinkMaster=[local]}) are Beam pipeline options. Exit codes as {@code run}: 0 done, 1 no analysis could
 * run, 2 bad usage.
 */
@Command(name = "dynamic", mixinStandardHelpOptions = true,
        description = "Brain states (fMRI) and NTF communities (calcium) from a run's output tables or the C. elegans"
                + " collection.",
        footer = {"", "Beam options pass through, e.g. --runner=FlinkRunner --flinkMaster=[local] --parallelism=2."})
public final class DynamicCommand implements Callable<Integer> {

    private static final Set<String> KINDS = Set.of(DynamicSettings.REGION, "F", "Fneu", "Fc", "dff", "spks",
            "zscore");

    @Option(names = "--input", paramLabel = "RUN_OUTPUT",
            description = "Output folder of `neurobeam run` (or give --worms).")
    Path input;

    @Option(names = "--worms", paramLabel = "FILE.parquet",
            description = "C. elegans collection file(s) instead of --input: NTF over the worms, one animal per "
                    + "(source_dataset, worm), units matched by neuron label (unlabelled neurons stay per worm).")
    List<Path> worms = new ArrayList<>();

    @Option(names = "--source-dataset", split = ",", paramLabel = "NAME",
            description = "With --worms: keep only these source datasets (default: all).")
    List<String> sourceDatasets = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Where the tables go (not the input folder).")
    Path output;

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "region (fMRI brain states) and/or a trace kind for NTF: dff, spks, zscore, Fc, F, Fneu"
                    + " (default: region,dff); with --worms one signal column: calcium_data (default),"
                    + " smooth_calcium_data, residual_calcium, smooth_residual_calcium.")
    List<String> kinds;

    @Option(names = "--window", paramLabel = "S",
            description = "Window length in seconds (default: 22 TR for fMRI, 10 frames for calcium).")
    Double window;

    @Option(names = "--step", paramLabel = "S", description = "fMRI window step in seconds (default: 1 TR).")
    Double step;

    @Option(names = "--states", paramLabel = "K", description = "Brain states (default: silhouette over 2..6).")
    Integer states;

    @Option(names = "--rank", paramLabel = "R", description = "NTF rank (default: rank sweep 1..5).")
    Integer rank;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed (default: 0).")
    long seed;

    @Unmatched
    List<String> beamArgs = new ArrayList<>();

    @Override
    public Integer call() {
        DynamicSettings settings;
        PipelineOptions options;
        try {
            settings = settings();
            options = DerivedJob.beamOptions(beamArgs);
        } catch (IllegalArgumentException e) {
            System.err.println("neurobeam dynamic: " + e.getMessage());
            return 2;
        }
        try {
            DynamicPipeline.Result result;
            if (worms.isEmpty()) {
                System.out.println("[1/2] read: " + input);
                result = DynamicPipeline.run(input, output, settings, options, provenance(settings, options),
                        System.out::println);
            } else {
                System.out.println("[1/2] read in the pipeline: " + worms);
                result = DynamicPipeline.runWorms(wormInput(settings), output, settings, options,
                        provenance(settings, options), System.out::println);
            }
            System.out.println("[2/2] analyse and write on " + options.getRunner().getSimpleName() + ": "
                    + String.join(", ", DynamicOutput.TABLES.keySet()) + " and provenance.json in " + output);
            if (result.done() == 0) {
                System.err.println("neurobeam dynamic: no analysis could run; " + result.failures()
                        + " failures listed in " + output.resolve(FailuresTable.NAME));
                return 1;
            }
            System.out.println(String.format(Locale.ROOT, "done: %d of %d analyses, %d failures; tables in %s",
                    result.done(), settings.kinds().size(), result.failures(), output));
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("neurobeam dynamic: " + e.getMessage());
            return 1;
        }
    }

    private DynamicSettings settings() {
        List<String> distinct = worms.isEmpty() ? tableKinds() : wormKinds();
        if (input != null && input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--output must differ from --input (its tables would be replaced)");
        }
        positive("--window", window);
        positive("--step", step);
        if (states != null && states < 1) {
            throw new IllegalArgumentException("--states: expected at least 1, got " + states);
        }
        if (rank != null && rank < 1) {
            throw new IllegalArgumentException("--rank: expected at least 1, got " + rank);
        }
        return new DynamicSettings(distinct, window, step, states, rank, seed);
    }

    private List<String> tableKinds() {
        if (input == null || !Files.isDirectory(input)) {
            throw new IllegalArgumentException("--input: " + (input == null ? "missing (or give --worms)"
                    : input + " is not a folder"));
        }
        if (!sourceDatasets.isEmpty()) {
            throw new IllegalArgumentException("--source-dataset needs --worms");
        }
        List<String> distinct = (kinds == null ? List.of(DynamicSettings.REGION, "dff") : kinds).stream()
                .map(String::trim).distinct().toList();
        for (String kind : distinct) {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("--kind: unknown kind '" + kind + "'; expected one of "
                        + "region, dff, spks, zscore, Fc, F, Fneu");
            }
        }
        return distinct;
    }

    private List<String> wormKinds() {
        if (input != null) {
            throw new IllegalArgumentException("give --input or --worms, not both");
        }
        for (Path file : worms) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--worms: " + file + " is not a file");
            }
        }
        List<String> distinct = kinds == null ? List.of(CollectionConfig.defaults().signal())
                : kinds.stream().map(String::trim).distinct().toList();
        if (distinct.size() != 1 || !CollectionConfig.SIGNALS.contains(distinct.get(0))) {
            throw new IllegalArgumentException("--kind: with --worms expected one of " + CollectionConfig.SIGNALS
                    + ", got " + distinct);
        }
        return distinct;
    }

    private WormInput wormInput(DynamicSettings settings) {
        return new WormInput(worms.stream().map(p -> p.toAbsolutePath().toString()).toList(), sourceDatasets,
                CollectionConfig.defaults().withSignal(settings.kinds().get(0)));
    }

    private static void positive(String option, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(option + ": expected a positive number of seconds, got " + value);
        }
    }

    private String provenance(DynamicSettings settings, PipelineOptions options) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("neurobeam", NeuroBeamVersion.get());
        if (worms.isEmpty()) {
            node.put("input", input.toAbsolutePath().toString());
        } else {
            ArrayNode files = node.putArray("worms");
            worms.forEach(w -> files.add(w.toAbsolutePath().toString()));
            ArrayNode datasets = node.putArray("source_datasets");
            sourceDatasets.forEach(datasets::add);
            CollectionConfig config = CollectionConfig.defaults();
            node.put("collection_dt_s", config.dt());
            node.put("collection_dt_tolerance_s", config.dtTolerance());
        }
        node.put("runner", options.getRunner().getSimpleName());
        ArrayNode kindList = node.putArray("kinds");
        settings.kinds().forEach(kindList::add);
        putNullable(node, "window_s", settings.windowSeconds());
        putNullable(node, "step_s", settings.stepSeconds());
        putNullable(node, "states", settings.states());
        putNullable(node, "rank", settings.rank());
        node.put("seed", settings.seed());
        node.put("keep_strongest", DynamicSettings.KEEP_STRONGEST);
        return node.toString();
    }

    private static void putNullable(ObjectNode node, String field, Number value) {
        if (value == null) {
            node.putNull(field);
        } else if (value instanceof Integer i) {
            node.put(field, i);
        } else {
            node.put(field, value.doubleValue());
        }
    }
}
