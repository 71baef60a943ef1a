package org.neurobeam.pipelines.bench;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.neurobeam.connectome.states.HmmGlmConfig;
import org.neurobeam.connectome.states.Link;
import org.neurobeam.connectome.states.SyntheticConfig;
import org.neurobeam.connectome.states.SyntheticExperiment;
import org.neurobeam.connectome.states.WeightPrior;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench states-experiment}: the synthetic experiment of Li et al. (ICLR 2024), notes §B.4
 * ({@link SyntheticExperiment}): the three weight models fitted on the first {@code --train} sequences and on
 * the first {@code --low-data-train}, scored on the last {@code --test}; printed as the markdown table of
 * docs/states-experiment.md, with the true parameters' scores as the ceiling and each fit's wall time.
 */
@Command(name = "states-experiment", mixinStandardHelpOptions = true,
        description = "The paper's synthetic switching-GLM experiment for the three models (a markdown table).")
final class StatesExperimentBench implements Callable<Integer> {

    @Option(names = "--states", defaultValue = "5", description = "States (default: ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--units", defaultValue = "20", description = "Neurons (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--sequences", defaultValue = "50", description = "Sequences (default: ${DEFAULT-VALUE}).")
    int sequences;

    @Option(names = "--bins", defaultValue = "2000", description = "Bins per sequence (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--test", defaultValue = "20", description = "Held-out sequences, the last ones (default: ${DEFAULT-VALUE}).")
    int test;

    @Option(names = "--train", defaultValue = "30", description = "Training sequences, 0 to skip (only the low-data regime; default: ${DEFAULT-VALUE}).")
    int train;

    @Option(names = "--low-data-train", defaultValue = "3",
            description = "Training sequences of the low-data regime, 0 to skip (default: ${DEFAULT-VALUE}).")
    int lowDataTrain;

    @Option(names = "--models", split = ",", defaultValue = "NONE,GAUSSIAN,ONE_HOT",
            description = "Weight models to fit, of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    WeightPrior[] models;

    @Option(names = "--restarts", defaultValue = "3", description = "EM restarts (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the data and of the fits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        SyntheticConfig data = SyntheticConfig.of(states, units, sequences, bins, seed);
        SyntheticExperiment experiment = new SyntheticExperiment(data, test);
        System.out.println("| model | training sequences | state accuracy | held-out log-likelihood per bin"
                + " | weight RMSE | adjacency balanced accuracy | EM iterations | fit (s) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        print("true parameters", experiment.truthScores(), 0);
        for (int count : IntStream.of(train, lowDataTrain).filter(count -> count > 0).toArray()) {
            for (WeightPrior prior : models) {
                HmmGlmConfig config = HmmGlmConfig.defaults(states).withLink(Link.SCALED_SIGMOID).withPrior(prior)
                        .withRestarts(restarts, seed);
                long start = System.nanoTime();
                SyntheticExperiment.Scores scores = experiment.evaluate(config, count);
                print(name(prior), scores, (System.nanoTime() - start) / 1e9);
            }
        }
        System.out.println(PeakMemory.describe());
        return 0;
    }

    private static String name(WeightPrior prior) {
        return switch (prior) {
            case NONE -> "HMM-GLM";
            case GAUSSIAN -> "Gaussian prior";
            case ONE_HOT -> "one-hot prior";
        };
    }

    private static void print(String model, SyntheticExperiment.Scores s, double seconds) {
        System.out.println(String.format(Locale.ROOT, "| %s | %d | %.4f | %.5f | %.4f | %s | %d | %.0f |", model,
                s.trainSequences(), s.stateAccuracy(), s.heldOutLogLikelihood(), s.weightError(),
                Double.isNaN(s.adjacencyBalancedAccuracy()) ? "–"
                        : String.format(Locale.ROOT, "%.4f", s.adjacencyBalancedAccuracy()),
                s.iterations(), seconds));
    }
}
