package org.neurobeam.connectome.graph;

/** Node strength s_i = Σ_j w_ij (Barrat et al. 2004; BCT {@code strengths_und}). */
public final class Strength {

    private Strength() {
    }

    public static double[] of(WeightedGraph g) {
        double[] s = new double[g.size()];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                s[i] += g.weight(i, j);
            }
        }
        return s;
    }
}
