package org.neurobeam.pipelines.bench;

import java.util.List;
import java.util.concurrent.Callable;
import org.neurobeam.connectome.states.HmmGlm;
import org.neurobeam.connectome.states.HmmGlmConfig;
import org.neurobeam.connectome.states.Link;
import org.neurobeam.connectome.states.SyntheticConfig;
import org.neurobeam.connectome.states.SyntheticGenerator;
import org.neurobeam.connectome.states.WeightPrior;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench states}: time per EM iteration of the switching GLM ({@link HmmGlm}) on one sequence
 * drawn from the paper's generator (notes §B.4), as the difference between fits of 1 and 1 + N iterations
 * (one restart, the same seed), so without the initial M-step: each iteration is one M-step (transitions and
 * every state's GLMs) and one forward-backward E-step.
 */
@Command(name = "states", mixinStandardHelpOptions = true,
        description = "Time one EM iteration of the switching GLM on generated spike counts.")
final class StatesBench implements Callable<Integer> {

    @Option(names = "--units", defaultValue = "20", description = "Neurons (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--bins", defaultValue = "100000", description = "Bins (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--states", defaultValue = "5", description = "States K (default: ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--model", defaultValue = "NONE",
            description = "Weight model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    WeightPrior model;

    @Option(names = "--iterations", defaultValue = "2", description = "Iterations timed (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<double[][]> data = SyntheticGenerator.generate(SyntheticConfig.of(states, units, 1, bins, seed))
                .sequences();
        System.out.printf("generated %d units x %d bins, %d states in %.1f s%n", units, bins, states, seconds(start));
        HmmGlmConfig config = HmmGlmConfig.defaults(states).withLink(Link.SCALED_SIGMOID).withPrior(model)
                .withRestarts(1, seed);
        start = System.nanoTime();
        new HmmGlm(config.withIterations(1, 0)).fit(data);
        double base = seconds(start);
        start = System.nanoTime();
        new HmmGlm(config.withIterations(1 + iterations, 0)).fit(data);
        double total = seconds(start);
        System.out.printf("%s, %d units x %d bins, K = %d: initial M-step + E-step %.1f s; %.1f s per EM iteration"
                + " (%d timed, %d cores)%n", model, units, bins, states, base, (total - base) / iterations,
                iterations, Runtime.getRuntime().availableProcessors());
        System.out.println(PeakMemory.describe());
        return 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
