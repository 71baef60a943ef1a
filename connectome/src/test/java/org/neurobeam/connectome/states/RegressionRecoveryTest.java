package org.neurobeam.connectome.states;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.calcium.TraceCorrelation;

/**
 * Notes §B.7 T-B2 (N = 8 instead of 10): one state, exp link, T = 20000, sparse |w| ≤ 0.5, the GLM M-step
 * recovers the planted weights (correlation ≥ 0.95, RMSE ≤ 0.05); and the Gaussian
 * emission variant separates two states that differ in their means.
 */
class RegressionRecoveryTest {

    @Test
    void singleStatePoissonWeights() {
        int units = 8;
        Random random = new Random(3L);
        double[][][] truth = new double[1][units][units];
        for (int n = 0; n < units; n++) {
            for (int m = 0; m < units; m++) {
                truth[0][n][m] = random.nextDouble() < 0.3 ? random.nextDouble() - 0.5 : 0;
            }
        }
        double[] kernel = HistoryBasis.paperDefault().kernel();
        double[][] counts = new double[20000][units];
        for (int t = 0; t < counts.length; t++) {
            for (int n = 0; n < units; n++) {
                double eta = Math.log(0.5);
                for (int k = 0; k < kernel.length && k < t; k++) {
                    for (int m = 0; m < units; m++) {
                        eta += truth[0][n][m] * kernel[k] * counts[t - 1 - k][m];
                    }
                }
                counts[t][n] = poisson(Math.exp(eta), random);
            }
        }
        HmmGlmFit fit = new HmmGlm(HmmGlmConfig.defaults(1).withLink(Link.EXP).withRestarts(1, 0L))
                .fit(List.<double[][]>of(counts));
        double corr = correlation(flatten(truth[0]), flatten(fit.weights()[0]));
        double rmse = StateMetrics.weightError(truth, fit.weights(), new int[] {0});
        assertTrue(corr >= 0.95, "correlation " + corr);
        assertTrue(rmse <= 0.05, "rmse " + rmse);
    }

    private static int poisson(double rate, Random random) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    @Test
    void gaussianEmissionSeparatesStates() {
        Random random = new Random(5L);
        List<double[][]> sequences = new ArrayList<>();
        List<int[]> paths = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[][] signal = new double[300][3];
            int[] path = new int[300];
            int state = random.nextInt(2);
            for (int t = 0; t < 300; t++) {
                if (t > 0 && random.nextDouble() > 0.97) {
                    state = 1 - state;
                }
                path[t] = state;
                for (int n = 0; n < 3; n++) {
                    signal[t][n] = (state == 0 ? -1 : 1) + 0.7 * random.nextGaussian();
                }
            }
            sequences.add(signal);
            paths.add(path);
        }
        HmmGlmFit fit = new HmmGlm(HmmGlmConfig.defaults(2).withEmission(Emission.GAUSSIAN)).fit(sequences);
        List<int[]> decoded = new ArrayList<>();
        for (double[][] signal : sequences) {
            decoded.add(fit.viterbi(signal));
        }
        double accuracy = StateMetrics.accuracy(paths, decoded, StateMetrics.matchStates(paths, decoded, 2));
        assertTrue(accuracy >= 0.97, "accuracy " + accuracy);
    }

    private static double[] flatten(double[][] w) {
        double[] out = new double[w.length * w[0].length];
        for (int n = 0; n < w.length; n++) {
            System.arraycopy(w[n], 0, out, n * w[0].length, w[0].length);
        }
        return out;
    }

    /** Pearson correlation, as numpy's corrcoef gives it. */
    private static double correlation(double[] a, double[] b) {
        return TraceCorrelation.matrix(new double[][] {a, b})[0][1];
    }
}
