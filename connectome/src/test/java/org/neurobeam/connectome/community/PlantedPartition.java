package org.neurobeam.connectome.community;

import java.util.Random;
import org.neurobeam.connectome.graph.WeightedGraph;

/** Notes T-A3: weighted planted partition, N nodes in equal groups, Bernoulli edges, exponential weights. */
final class PlantedPartition {

    final int[] groups;
    final WeightedGraph graph;

    PlantedPartition(int n, int blocks, double pIn, double pOut, double meanIn, double meanOut, long seed) {
        Random random = new Random(seed);
        groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = i * blocks / n;
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean inside = groups[i] == groups[j];
                if (random.nextDouble() < (inside ? pIn : pOut)) {
                    w[i][j] = -(inside ? meanIn : meanOut) * Math.log(1 - random.nextDouble());
                    w[j][i] = w[i][j];
                }
            }
        }
        graph = WeightedGraph.of(w);
    }
}
