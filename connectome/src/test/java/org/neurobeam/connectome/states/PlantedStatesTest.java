package org.neurobeam.connectome.states;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notes §B.7 T-B3 at a smaller size (3 states, 8 units, 10 training and 5 test sequences × 500 bins, seed 7,
 * sparsity 0.4 instead of 0.2: at 0.2 even the true parameters decode only 0.85–0.93 of the bins at this size):
 * every weight model must recover the planted states (accuracy ≥ 0.9 on held-out sequences), EM must never
 * lower its objective (1e-8 relative), the Gaussian prior must stay within 0.5% of the naive held-out
 * log-likelihood per bin with corr(W̄, mean_s true W_s) ≥ 0.9,
 * the one-hot prior likewise, with adjacency balanced accuracy ≥ 0.7 (T-B3 asks 0.8
 * at 10 units × 2000 bins), and a fixed seed must reproduce the fit exactly.
 */
class PlantedStatesTest {

    private static final int STATES = 3;
    private static SyntheticData truth;
    private static List<double[][]> train;
    private static List<double[][]> test;
    private static List<int[]> testPaths;

    @BeforeAll
    static void generate() {
        truth = SyntheticGenerator.generate(new SyntheticConfig(STATES, 8, 15, 500, 0.4, 0.5, 2.0, 0.98,
                Link.SCALED_SIGMOID, HistoryBasis.paperDefault(), 7L));
        train = truth.sequences().subList(0, 10);
        test = truth.sequences().subList(10, 15);
        testPaths = truth.statePaths().subList(10, 15);
    }

    private static HmmGlmConfig config(WeightPrior prior) {
        return HmmGlmConfig.defaults(STATES).withLink(Link.SCALED_SIGMOID).withPrior(prior).withIterations(30, 1e-7)
                .withRestarts(2, 11L);
    }

    private static Scores evaluate(HmmGlmFit fit) {
        List<int[]> decoded = new ArrayList<>();
        for (double[][] sequence : test) {
            decoded.add(fit.viterbi(sequence));
        }
        int[] mapping = StateMetrics.matchStates(testPaths, decoded, STATES);
        return new Scores(StateMetrics.accuracy(testPaths, decoded, mapping),
                StateMetrics.weightError(truth.weights(), fit.weights(), mapping), fit.logLikelihoodPerBin(test),
                StateMetrics.adjacencyBalancedAccuracy(truth.adjacency(), fit.adjacency(), mapping));
    }

    private static double correlation(double[][] a, double[][] b) {
        int count = a.length * a[0].length;
        double ma = 0;
        double mb = 0;
        for (int n = 0; n < a.length; n++) {
            for (int m = 0; m < a[n].length; m++) {
                ma += a[n][m] / count;
                mb += b[n][m] / count;
            }
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int n = 0; n < a.length; n++) {
            for (int m = 0; m < a[n].length; m++) {
                sab += (a[n][m] - ma) * (b[n][m] - mb);
                saa += (a[n][m] - ma) * (a[n][m] - ma);
                sbb += (b[n][m] - mb) * (b[n][m] - mb);
            }
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private record Scores(double accuracy, double weightError, double heldOut, double adjacency) {
    }

    private static void assertMonotone(double[] trace) {
        for (int i = 1; i < trace.length; i++) {
            assertTrue(trace[i] >= trace[i - 1] - 1e-8 * Math.abs(trace[i - 1]),
                    "objective fell at iteration " + i + ": " + trace[i - 1] + " -> " + trace[i]);
        }
    }

    private static Scores naive;

    private static synchronized Scores naive() {
        if (naive == null) {
            HmmGlmFit fit = new HmmGlm(config(WeightPrior.NONE)).fit(train);
            assertMonotone(fit.objectiveTrace());
            naive = evaluate(fit);
        }
        return naive;
    }

    @Test
    void naiveRecoversStates() {
        Scores scores = naive();
        assertTrue(scores.accuracy() >= 0.9, "accuracy " + scores.accuracy());
        assertTrue(scores.weightError() <= 0.35, "weight RMSE " + scores.weightError());
    }

    @Test
    void gaussianPriorRecoversStates() {
        HmmGlmFit fit = new HmmGlm(config(WeightPrior.GAUSSIAN)).fit(train);
        Scores scores = evaluate(fit);
        assertTrue(scores.accuracy() >= 0.9, "accuracy " + scores.accuracy());
        assertMonotone(fit.objectiveTrace());
        assertTrue(scores.heldOut() >= naive().heldOut() * 1.005, "held-out " + scores + " vs " + naive());
        double[][] meanTruth = new double[8][8];
        for (double[][] w : truth.weights()) {
            for (int n = 0; n < 8; n++) {
                for (int m = 0; m < 8; m++) {
                    meanTruth[n][m] += w[n][m] / STATES;
                }
            }
        }
        double corr = correlation(meanTruth, fit.meanWeights());
        assertTrue(corr >= 0.9, "corr(W̄, mean true W) " + corr);
    }

    @Test
    void oneHotPriorRecoversStatesAndAdjacency() {
        HmmGlmFit fit = new HmmGlm(config(WeightPrior.ONE_HOT)).fit(train);
        Scores scores = evaluate(fit);
        assertTrue(scores.accuracy() >= 0.9, "accuracy " + scores.accuracy());
        assertTrue(scores.adjacency() >= 0.7, "adjacency balanced accuracy " + scores.adjacency());
        assertMonotone(fit.objectiveTrace());
        assertTrue(scores.heldOut() >= naive().heldOut() * 1.005, "held-out " + scores + " vs " + naive());
    }

    @Test
    void fixedSeedReproducesTheFit() {
        HmmGlmConfig config = config(WeightPrior.NONE).withIterations(5, 0);
        HmmGlmFit first = new HmmGlm(config).fit(train);
        HmmGlmFit second = new HmmGlm(config).fit(train);
        assertArrayEquals(first.objectiveTrace(), second.objectiveTrace(), 0);
        assertEquals(first.chosenRestart(), second.chosenRestart());
        assertArrayEquals(first.viterbi(test.get(0)), second.viterbi(test.get(0)));
    }
}
