package org.neurobeam.connectome.graph;

import org.neurobeam.ingest.Checks;

/**
 * Weighted modularity Q = (1/2m) Σ_ij (w_ij − γ s_i s_j / 2m) δ(c_i, c_j) (Newman 2004, Phys Rev E 70:056131;
 * networkx {@code modularity} with resolution γ), m the total edge weight, s the strengths.
 */
public final class Modularity {

    private Modularity() {
    }

    /** Q with γ = 1. */
    public static double of(WeightedGraph g, int[] partition) {
        return of(g, partition, 1.0);
    }

    public static double of(WeightedGraph g, int[] partition, double resolution) {
        g.requirePartition(partition);
        double[] s = Strength.of(g);
        double twoM = 0;
        for (double v : s) {
            twoM += v;
        }
        Checks.argument(twoM > 0, "graph", "has no edge; modularity is undefined");
        double q = 0;
        int n = g.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (partition[i] == partition[j]) {
                    q += g.weight(i, j) - resolution * s[i] * s[j] / twoM;
                }
            }
        }
        return q / twoM;
    }
}
