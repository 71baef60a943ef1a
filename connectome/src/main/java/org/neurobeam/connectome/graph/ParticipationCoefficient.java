package org.neurobeam.connectome.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * Participation coefficient P_i = 1 − Σ_s (κ_is / κ_i)² (Guimerà and Amaral 2005, Nature 433:895), κ_is the
 * strength of i into module s and κ_i its total strength, as BCT {@code participation_coef} on weighted
 * graphs; P_i = 0 for a node of zero strength (BCT's convention).
 */
public final class ParticipationCoefficient {

    private ParticipationCoefficient() {
    }

    public static double[] of(WeightedGraph g, int[] partition) {
        g.requirePartition(partition);
        int n = g.size();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> into = new HashMap<>();
            double total = 0;
            for (int j = 0; j < n; j++) {
                double w = g.weight(i, j);
                if (w > 0) {
                    into.merge(partition[j], w, Double::sum);
                    total += w;
                }
            }
            if (total == 0) {
                continue;
            }
            double sum = 0;
            for (double k : into.values()) {
                sum += (k / total) * (k / total);
            }
            p[i] = 1 - sum;
        }
        return p;
    }
}
