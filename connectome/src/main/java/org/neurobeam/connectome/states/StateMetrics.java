package org.neurobeam.connectome.states;

import java.util.List;
import org.neurobeam.connectome.ntf.Hungarian;
import org.neurobeam.ingest.Checks;

/**
 * Evaluation of notes §B.4: fitted states matched to the truth by the Hungarian assignment on the pooled
 * confusion matrix (as v0.1.0), state accuracy, weight RMSE and 3-class adjacency balanced accuracy under
 * that matching.
 */
public final class StateMetrics {

    private StateMetrics() {
    }

    /** {@code mapping[fitted] = true state} maximising agreement over all bins. */
    public static int[] matchStates(List<int[]> truth, List<int[]> fitted, int states) {
        Checks.argument(truth.size() == fitted.size(), "fitted", "%d paths for %d true paths", fitted.size(),
                truth.size());
        double[][] cost = new double[states][states];
        for (int i = 0; i < truth.size(); i++) {
            Checks.argument(truth.get(i).length == fitted.get(i).length, "fitted", "path %d length differs", i);
            for (int t = 0; t < truth.get(i).length; t++) {
                cost[fitted.get(i)[t]][truth.get(i)[t]] -= 1;
            }
        }
        return Hungarian.minimise(cost);
    }

    /** Fraction of bins whose matched fitted state equals the true state. */
    public static double accuracy(List<int[]> truth, List<int[]> fitted, int[] mapping) {
        long agree = 0;
        long total = 0;
        for (int i = 0; i < truth.size(); i++) {
            for (int t = 0; t < truth.get(i).length; t++) {
                agree += mapping[fitted.get(i)[t]] == truth.get(i)[t] ? 1 : 0;
                total++;
            }
        }
        return (double) agree / total;
    }

    /** RMSE between true and matched fitted weights over all states and pairs. */
    public static double weightError(double[][][] truth, double[][][] fitted, int[] mapping) {
        double sum = 0;
        long count = 0;
        for (int k = 0; k < fitted.length; k++) {
            double[][] t = truth[mapping[k]];
            for (int n = 0; n < t.length; n++) {
                for (int m = 0; m < t[n].length; m++) {
                    double d = fitted[k][n][m] - t[n][m];
                    sum += d * d;
                    count++;
                }
            }
        }
        return Math.sqrt(sum / count);
    }

    /** Mean per-class recall over the classes −1/0/+1 present in the matched truth. */
    public static double adjacencyBalancedAccuracy(int[][][] truth, int[][][] fitted, int[] mapping) {
        long[] hits = new long[3];
        long[] totals = new long[3];
        for (int k = 0; k < fitted.length; k++) {
            int[][] t = truth[mapping[k]];
            for (int n = 0; n < t.length; n++) {
                for (int m = 0; m < t[n].length; m++) {
                    totals[t[n][m] + 1]++;
                    hits[t[n][m] + 1] += fitted[k][n][m] == t[n][m] ? 1 : 0;
                }
            }
        }
        double sum = 0;
        int present = 0;
        for (int c = 0; c < 3; c++) {
            if (totals[c] > 0) {
                sum += (double) hits[c] / totals[c];
                present++;
            }
        }
        return sum / present;
    }
}
