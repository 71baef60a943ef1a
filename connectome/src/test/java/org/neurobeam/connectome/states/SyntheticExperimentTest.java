package org.neurobeam.connectome.states;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claims of issue 7 on the paper's synthetic experiment (notes §B.4), at the reduced size of the notes' T-B3
 * and T-B4 so that the suite stays fast: 3 states (not 5), 10 units (not 20), 30 sequences × 1000 bins (not 50 ×
 * 2000), 20 for training and 10 held out, and 3 training sequences for the low-data regime; data seed 1, one
 * restart. The full size takes minutes per model on 2 cores ({@code neurobeam bench states-experiment},
 * docs/states-experiment.md). Claims: held-out state accuracy ≥ 0.9 for all three models (at this size the true
 * parameters themselves decode only about 0.90 of the bins, so the bound is min(0.9, truth − 0.01)); the one-hot and
 * Gaussian-prior models at least as good as the naive HMM-GLM on held-out log-likelihood per bin and, with 3
 * training sequences, strictly better on both held-out log-likelihood and weight RMSE; EM never lowers its
 * objective; the one-hot classes reach a 3-class balanced accuracy ≥ 0.7 and the Gaussian W̄ correlates ≥ 0.9
 * with the across-state mean of the true weights.
 */
class SyntheticExperimentTest {

    private static final int STATES = 3;
    private static final int UNITS = 10;
    private static SyntheticExperiment experiment;
    private static final Map<WeightPrior, SyntheticExperiment.Scores> FULL = new EnumMap<>(WeightPrior.class);
    private static final Map<WeightPrior, SyntheticExperiment.Scores> LOW = new EnumMap<>(WeightPrior.class);

    static HmmGlmConfig config(WeightPrior prior) {
        return HmmGlmConfig.defaults(STATES).withLink(Link.SCALED_SIGMOID).withPrior(prior).withRestarts(1, 0L);
    }

    @BeforeAll
    static void fit() {
        experiment = new SyntheticExperiment(SyntheticConfig.of(STATES, UNITS, 30, 1000, 1L), 10);
        for (WeightPrior prior : WeightPrior.values()) {
            FULL.put(prior, experiment.evaluate(config(prior), 20));
            LOW.put(prior, experiment.evaluate(config(prior), 3));
        }
    }

    @Test
    void everyModelRecoversTheStates() {
        double ceiling = experiment.truthScores().stateAccuracy();
        for (WeightPrior prior : WeightPrior.values()) {
            SyntheticExperiment.Scores scores = FULL.get(prior);
            assertTrue(scores.stateAccuracy() >= Math.min(0.9, ceiling - 0.01), scores + ", truth: " + ceiling);
            assertMonotone(scores.fit().objectiveTrace());
            assertMonotone(LOW.get(prior).fit().objectiveTrace());
        }
    }

    @Test
    void priorsPredictHeldOutDataAtLeastAsWell() {
        double naive = FULL.get(WeightPrior.NONE).heldOutLogLikelihood();
        for (WeightPrior prior : new WeightPrior[] {WeightPrior.GAUSSIAN, WeightPrior.ONE_HOT}) {
            assertTrue(FULL.get(prior).heldOutLogLikelihood() >= naive, FULL.get(prior) + " vs naive " + naive);
        }
    }

    @Test
    void priorsWinWithThreeTrainingSequences() {
        SyntheticExperiment.Scores naive = LOW.get(WeightPrior.NONE);
        for (WeightPrior prior : new WeightPrior[] {WeightPrior.GAUSSIAN, WeightPrior.ONE_HOT}) {
            SyntheticExperiment.Scores scores = LOW.get(prior);
            assertTrue(scores.heldOutLogLikelihood() > naive.heldOutLogLikelihood(), scores + " vs " + naive);
            assertTrue(scores.weightError() < naive.weightError(), scores + " vs " + naive);
        }
    }

    @Test
    void oneHotClassesAndGaussianMeanRecoverTheConnectome() {
        assertTrue(FULL.get(WeightPrior.ONE_HOT).adjacencyBalancedAccuracy() >= 0.7, FULL.toString());
        double[][] meanTruth = new double[UNITS][UNITS];
        for (double[][] w : experiment.truth().weights()) {
            for (int n = 0; n < UNITS; n++) {
                for (int m = 0; m < UNITS; m++) {
                    meanTruth[n][m] += w[n][m] / STATES;
                }
            }
        }
        double corr = correlation(meanTruth, FULL.get(WeightPrior.GAUSSIAN).fit().meanWeights());
        assertTrue(corr >= 0.9, "corr(W̄, mean true W) " + corr);
    }

    /**
     * The low-data divergence of docs/states-experiment.md at the full size (5 states, 20 units, data and fit seed
     * 0), on the 3 training sequences of the bench, which a smaller problem does not reproduce: without the strength
     * prior a few one-hot strengths ran off and the weight RMSE reached 651, where the planted strengths are at most
     * log 4 ≈ 1.39 (96 after the 8 EM iterations this test allows). One held-out sequence (the bench
     * holds out 20) only serves the state matching.
     */
    @Test
    void oneHotStrengthsStayBoundedWithThreeFullSizeSequences() {
        SyntheticExperiment full = new SyntheticExperiment(SyntheticConfig.of(5, 20, 4, 2000, 0L), 1);
        HmmGlmConfig oneHot = HmmGlmConfig.defaults(5).withLink(Link.SCALED_SIGMOID).withPrior(WeightPrior.ONE_HOT)
                .withRestarts(1, 0L).withIterations(8, 1e-7);
        SyntheticExperiment.Scores scores = full.evaluate(oneHot, 3);
        assertTrue(scores.weightError() < 1, scores.toString());
        assertMonotone(scores.fit().objectiveTrace());
    }

    @Test
    void oneSeedGivesIdenticalParameters() {
        HmmGlmConfig config = config(WeightPrior.ONE_HOT).withIterations(4, 0).withRestarts(2, 5L);
        HmmGlmFit first = new HmmGlm(config).fit(experiment.truth().sequences().subList(0, 3));
        HmmGlmFit second = new HmmGlm(config).fit(experiment.truth().sequences().subList(0, 3));
        assertArrayEquals(first.objectiveTrace(), second.objectiveTrace(), 0);
        assertArrayEquals(first.weights(), second.weights());
        assertArrayEquals(first.bias(), second.bias());
        assertArrayEquals(first.transition(), second.transition());
        assertArrayEquals(first.adjacencyPrior(), second.adjacencyPrior());
    }

    private static void assertMonotone(double[] trace) {
        for (int i = 1; i < trace.length; i++) {
            assertTrue(trace[i] >= trace[i - 1] - 1e-8 * Math.abs(trace[i - 1]),
                    "objective fell at iteration " + i + ": " + trace[i - 1] + " -> " + trace[i]);
        }
    }

    private static double correlation(double[][] a, double[][] b) {
        double[] x = new double[a.length * a[0].length];
        double[] y = new double[x.length];
        for (int n = 0; n < a.length; n++) {
            System.arraycopy(a[n], 0, x, n * a[0].length, a[0].length);
            System.arraycopy(b[n], 0, y, n * a[0].length, a[0].length);
        }
        return org.neurobeam.preprocess.calcium.TraceCorrelation.matrix(new double[][] {x, y})[0][1];
    }
}
