package org.neurobeam.connectome.states;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * The paper's synthetic experiment (notes §B.4): ground truth drawn once by {@link SyntheticGenerator}, the last
 * {@code testSequences} sequences held out, a model fitted on the first {@code trainSequences}, and the four
 * metrics of the demo: held-out log-likelihood per bin (forward algorithm, parameters fixed), state accuracy of
 * the Viterbi paths of the test sequences after Hungarian matching, weight RMSE and 3-class adjacency balanced
 * accuracy under that matching (one-hot model only; NaN for the others, which have no classes).
 */
public final class SyntheticExperiment {

    private final SyntheticConfig config;
    private final SyntheticData truth;
    private final List<double[][]> test;
    private final List<int[]> testPaths;
    private final int available;

    /** Draws the data of {@code config} and holds out its last {@code testSequences} sequences. */
    public SyntheticExperiment(SyntheticConfig config, int testSequences) {
        Checks.argument(testSequences >= 1 && testSequences < config.sequences(), "testSequences",
                "expected in [1, %d), got %d", config.sequences(), testSequences);
        this.config = config;
        truth = SyntheticGenerator.generate(config);
        available = config.sequences() - testSequences;
        test = truth.sequences().subList(available, config.sequences());
        testPaths = truth.statePaths().subList(available, config.sequences());
    }

    /** The ground truth and every sequence. */
    public SyntheticData truth() {
        return truth;
    }

    /** Fits {@code fitConfig} on the first {@code trainSequences} sequences and scores it on the held-out ones. */
    public Scores evaluate(HmmGlmConfig fitConfig, int trainSequences) {
        Checks.argument(trainSequences >= 1 && trainSequences <= available, "trainSequences",
                "expected in [1, %d], got %d", available, trainSequences);
        return score(new HmmGlm(fitConfig).fit(truth.sequences().subList(0, trainSequences)), trainSequences);
    }

    /**
     * The generating parameters (one-hot weights, shared bias, sticky Π) scored like a fit: the state accuracy
     * and held-out likelihood that a perfect fit would reach on these data ({@code trainSequences} 0).
     */
    public Scores truthScores() {
        HmmGlmConfig fitConfig = new HmmGlmConfig(config.states(), Emission.POISSON, config.link(),
                WeightPrior.ONE_HOT, config.basis(), 1, 0, 1, 0, config.stickiness(), 0, 1, 1, 1, 1);
        Parameters p = Parameters.initial(config.states(), config.units(), fitConfig);
        for (int s = 0; s < config.states(); s++) {
            for (int n = 0; n < config.units(); n++) {
                p.coef[s][n][0] = truth.bias()[n];
                System.arraycopy(truth.weights()[s][n], 0, p.coef[s][n], 1, config.units());
                p.classes[s][n] = truth.adjacency()[s][n].clone();
            }
        }
        return score(new HmmGlmFit(fitConfig, p, new double[0], new double[0], new long[0], 0), 0);
    }

    private Scores score(HmmGlmFit fit, int trainSequences) {
        List<int[]> decoded = new ArrayList<>();
        for (double[][] sequence : test) {
            decoded.add(fit.viterbi(sequence));
        }
        int[] mapping = StateMetrics.matchStates(testPaths, decoded, fit.states());
        WeightPrior model = fit.config().prior();
        double adjacency = model == WeightPrior.ONE_HOT
                ? StateMetrics.adjacencyBalancedAccuracy(truth.adjacency(), fit.adjacency(), mapping)
                : Double.NaN;
        return new Scores(model, trainSequences, StateMetrics.accuracy(testPaths, decoded, mapping),
                StateMetrics.weightError(truth.weights(), fit.weights(), mapping), fit.logLikelihoodPerBin(test),
                adjacency, fit.objectiveTrace().length, fit);
    }

    /**
     * Metrics of one fitted model.
     *
     * @param model the weight model
     * @param trainSequences sequences it was fitted on
     * @param stateAccuracy fraction of held-out bins decoded to the matched true state
     * @param weightError RMSE of the matched weights over all states and pairs
     * @param heldOutLogLikelihood log p(x) per bin of the held-out sequences (log x! included)
     * @param adjacencyBalancedAccuracy 3-class balanced accuracy of the one-hot classes (NaN for other models)
     * @param iterations EM iterations of the chosen restart
     * @param fit the fit itself
     */
    public record Scores(WeightPrior model, int trainSequences, double stateAccuracy, double weightError,
            double heldOutLogLikelihood, double adjacencyBalancedAccuracy, int iterations, HmmGlmFit fit) {
    }
}
