package org.neurobeam.connectome.graph;

/**
 * Weighted clustering coefficient of Onnela et al. 2005 (Phys Rev E 71:065103), as networkx
 * {@code clustering(G, weight=...)} and BCT {@code clustering_coef_wu}: with ŵ = w / max w,
 * c_i = Σ_{j≠k} (ŵ_ij ŵ_jk ŵ_ki)^{1/3} / (k_i (k_i − 1)) over ordered neighbour pairs, k_i the degree;
 * 0 when k_i &lt; 2 or the graph has no edge.
 */
public final class WeightedClustering {

    private WeightedClustering() {
    }

    public static double[] of(WeightedGraph g) {
        int n = g.size();
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                max = Math.max(max, g.weight(i, j));
            }
        }
        double[] c = new double[n];
        if (max == 0) {
            return c;
        }
        for (int i = 0; i < n; i++) {
            int[] nb = g.neighbours(i);
            if (nb.length < 2) {
                continue;
            }
            double sum = 0;
            for (int a = 0; a < nb.length; a++) {
                for (int b = a + 1; b < nb.length; b++) {
                    double wjk = g.weight(nb[a], nb[b]);
                    if (wjk > 0) {
                        sum += 2 * Math.cbrt(g.weight(i, nb[a]) / max * wjk / max * g.weight(i, nb[b]) / max);
                    }
                }
            }
            c[i] = sum / (nb.length * (nb.length - 1.0));
        }
        return c;
    }
}
