package org.neurobeam.connectome.states;

/** Most probable state path by max-product in log space (notes §B.3, "Decoding: Viterbi"). */
public final class Viterbi {

    private Viterbi() {
    }

    /** argmax_z log p(z, x) for the given log emissions {@code [time][state]}, log Π and log p(z_1). */
    public static int[] decode(double[][] logEmission, double[][] logTransition, double[] logInitial) {
        int bins = logEmission.length;
        int states = logInitial.length;
        double[] score = new double[states];
        int[][] back = new int[bins][states];
        for (int s = 0; s < states; s++) {
            score[s] = logInitial[s] + logEmission[0][s];
        }
        for (int t = 1; t < bins; t++) {
            double[] next = new double[states];
            for (int s = 0; s < states; s++) {
                int best = 0;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < states; r++) {
                    double v = score[r] + logTransition[r][s];
                    if (v > bestValue) {
                        bestValue = v;
                        best = r;
                    }
                }
                next[s] = bestValue + logEmission[t][s];
                back[t][s] = best;
            }
            score = next;
        }
        int[] path = new int[bins];
        for (int s = 1; s < states; s++) {
            if (score[s] > score[path[bins - 1]]) {
                path[bins - 1] = s;
            }
        }
        for (int t = bins - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        return path;
    }
}
