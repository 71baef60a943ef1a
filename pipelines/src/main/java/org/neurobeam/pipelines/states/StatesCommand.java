package org.neurobeam.pipelines.states;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.neurobeam.connectome.states.HmmGlmConfig;
import org.neurobeam.pipelines.NeuroBeamVersion;
import org.neurobeam.pipelines.dynamic.DerivedJob;
import org.neurobeam.pipelines.tables.FailuresTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code neurobeam states}: switching-state Poisson GLMs (Li et al., ICLR 2024; {@code connectome.states}) fitted
 * to each recording's spike counts as a Beam pipeline ({@link StatesPipeline}). Options it does not know (such
 * as {@code --runner=FlinkRunner --flinkMaster=[local]}) are Beam pipeline options. Exit codes: 0 done (refused
 * recordings listed in {@code failures}), 1 no fit could run or the input cannot be read, 2 bad usage.
 */
@Command(name = "states", mixinStandardHelpOptions = true,
        description = "Switching-state GLMs (HMM-GLM, Gaussian-prior, one-hot-prior) on spike counts.",
        footer = {"", "Beam options pass through, e.g. --runner=FlinkRunner --flinkMaster=[local] --parallelism=2."})
public final class StatesCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", required = true,
            description = "A `neurobeam run` output folder (binned_counts or spikes table), an NWB file (units),"
                    + " or a time x units counts matrix (.npy or .csv).")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Where the tables go.")
    Path output;

    @Option(names = "--model", split = ",", paramLabel = "MODEL",
            description = "hmm-glm, gaussian and/or onehot (default: hmm-glm).")
    List<String> models = new ArrayList<>(List.of("hmm-glm"));

    @Option(names = "--states", paramLabel = "K", required = true, description = "Number of hidden states.")
    int states;

    @Option(names = "--bin-width", paramLabel = "S",
            description = "Bin width in seconds: required for spike times (NWB units, a spikes table); selects"
                    + " among several binned_counts widths.")
    Double binWidth;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed (default: 0).")
    long seed;

    @Option(names = "--restarts", paramLabel = "N", defaultValue = "3", description = "EM restarts (default: 3).")
    int restarts;

    @Option(names = "--heldout-fraction", paramLabel = "F", defaultValue = "0",
            description = "Share of each recording's last bins held out of the fit and scored (default: 0).")
    double heldOutFraction;

    @Unmatched
    List<String> beamArgs = new ArrayList<>();

    @Override
    public Integer call() {
        StatesSettings settings;
        PipelineOptions options;
        try {
            settings = settings();
            options = DerivedJob.beamOptions(beamArgs);
        } catch (IllegalArgumentException e) {
            System.err.println("neurobeam states: " + e.getMessage());
            return 2;
        }
        try {
            System.out.println("[1/2] read: " + input);
            List<CountsRecording> recordings = CountsInput.read(input, binWidth);
            System.out.println(String.format(Locale.ROOT, "      %d recordings", recordings.size()));
            StatesPipeline.Result result = StatesPipeline.run(recordings, output, settings, options,
                    provenance(settings, options));
            System.out.println("[2/2] fit and write on " + options.getRunner().getSimpleName() + ": "
                    + String.join(", ", StatesOutput.TABLES.keySet()) + " and provenance.json in " + output);
            if (result.done() == 0) {
                System.err.println("neurobeam states: no fit could run; " + result.failures()
                        + " failures listed in " + output.resolve(FailuresTable.NAME));
                return 1;
            }
            System.out.println(String.format(Locale.ROOT, "done: %d of %d fits, %d failures; tables in %s",
                    result.done(), recordings.size() * settings.models().size(), result.failures(), output));
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("neurobeam states: " + e.getMessage());
            return 1;
        }
    }

    private StatesSettings settings() {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("--input: " + input + " does not exist");
        }
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--output must differ from --input (its tables would be replaced)");
        }
        List<String> distinct = models.stream().map(String::trim).distinct().toList();
        for (String model : distinct) {
            if (!StatesSettings.MODELS.containsKey(model)) {
                throw new IllegalArgumentException("--model: unknown model '" + model
                        + "'; expected hmm-glm, gaussian or onehot");
            }
        }
        if (states < 1) {
            throw new IllegalArgumentException("--states: expected at least 1, got " + states);
        }
        if (binWidth != null && !(binWidth > 0 && Double.isFinite(binWidth))) {
            throw new IllegalArgumentException("--bin-width: expected a positive number of seconds, got " + binWidth);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("--restarts: expected at least 1, got " + restarts);
        }
        if (!(heldOutFraction >= 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("--heldout-fraction: expected in [0, 1), got " + heldOutFraction);
        }
        return new StatesSettings(distinct, states, binWidth, seed, restarts, heldOutFraction);
    }

    private String provenance(StatesSettings settings, PipelineOptions options) {
        HmmGlmConfig config = settings.config(settings.models().get(0));
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("neurobeam", NeuroBeamVersion.get());
        node.put("input", input.toAbsolutePath().toString());
        node.put("runner", options.getRunner().getSimpleName());
        ArrayNode modelList = node.putArray("models");
        settings.models().forEach(modelList::add);
        node.put("states", settings.states());
        if (settings.binWidth() == null) {
            node.putNull("bin_width_s");
        } else {
            node.put("bin_width_s", settings.binWidth());
        }
        node.put("seed", settings.seed());
        node.put("restarts", settings.restarts());
        node.put("heldout_fraction", settings.heldOutFraction());
        node.put("link", config.link().name().toLowerCase(Locale.ROOT));
        node.put("history_lags", config.basis().lags());
        node.put("max_iterations", config.maxIterations());
        node.put("tolerance", config.tolerance());
        node.put("stickiness", config.stickiness());
        node.put("transition_floor", config.transitionFloor());
        node.put("gaussian_prior_sigma", config.priorSigma());
        node.put("onehot_pseudo_count", config.adjacencyPseudoCount());
        node.put("onehot_strength_sigma", config.strengthSigma());
        return node.toString();
    }
}
