package org.neurobeam.connectome.community;

import org.neurobeam.connectome.graph.WeightedGraph;

/**
 * A graph as the block-model search reads it: each node's neighbours and edge weights, the number of edges and
 * their total weight (each undirected edge counted once).
 */
record Adjacency(int[][] neighbours, double[][] weights, int edges, double totalWeight) {

    static Adjacency of(WeightedGraph graph) {
        int n = graph.size();
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        int edges = 0;
        double totalWeight = 0;
        for (int i = 0; i < n; i++) {
            neighbours[i] = graph.neighbours(i);
            weights[i] = new double[neighbours[i].length];
            for (int k = 0; k < neighbours[i].length; k++) {
                weights[i][k] = graph.weight(i, neighbours[i][k]);
                if (i < neighbours[i][k]) {
                    edges++;
                    totalWeight += weights[i][k];
                }
            }
        }
        return new Adjacency(neighbours, weights, edges, totalWeight);
    }

    /** Mean weight of an edge. */
    double meanWeight() {
        return totalWeight / edges;
    }
}
