package org.neurobeam.connectome.graph;

import java.util.Arrays;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.ingest.Checks;

/**
 * An undirected weighted graph without self-loops: a symmetric n × n matrix of finite weights ≥ 0, zero on
 * the diagonal; an edge is a pair of positive weight. Immutable (accessors copy).
 */
public final class WeightedGraph {

    private final double[][] weights;

    private WeightedGraph(double[][] weights) {
        this.weights = weights;
    }

    /** Validates and copies {@code adjacency}: square, symmetric, finite, ≥ 0, zero diagonal. */
    public static WeightedGraph of(double[][] adjacency) {
        Checks.argument(adjacency != null && adjacency.length >= 1, "adjacency", "expected at least 1 node");
        int n = adjacency.length;
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            Checks.argument(adjacency[i] != null && adjacency[i].length == n, "adjacency",
                    "row %d has not %d columns", i, n);
            w[i] = adjacency[i].clone();
        }
        for (int i = 0; i < n; i++) {
            Checks.argument(w[i][i] == 0, "adjacency", "self-loop at node %d (weight %s); expected 0", i, w[i][i]);
            for (int j = 0; j < n; j++) {
                Checks.argument(Double.isFinite(w[i][j]) && w[i][j] >= 0, "adjacency",
                        "weight (%d, %d) is %s; expected finite and >= 0", i, j, w[i][j]);
                Checks.argument(w[i][j] == w[j][i], "adjacency", "not symmetric at (%d, %d): %s vs %s", i, j,
                        w[i][j], w[j][i]);
            }
        }
        return new WeightedGraph(w);
    }

    /**
     * The graph over units whose pair weights are {@code pairWeights} in {@link UpperTriangle} order, e.g. a
     * component's pair loadings (Dyballa et al. 2024: the affinity factor reshaped to an N × N matrix).
     */
    public static WeightedGraph fromPairs(double[] pairWeights) {
        return of(UpperTriangle.matrix(pairWeights, 0.0));
    }

    /**
     * The graph keeping only the edges whose weight is at least the (1 − fraction) quantile of the positive
     * weights (notes §A.5: keep the top 10–20% before the SBM); ties at the threshold are all kept.
     */
    public WeightedGraph keepStrongest(double fraction) {
        Checks.argument(fraction > 0 && fraction <= 1, "fraction", "expected in (0, 1], got %s", fraction);
        int n = size();
        double[] positive = Arrays.stream(UpperTriangle.vector(weights)).filter(v -> v > 0).sorted().toArray();
        Checks.argument(positive.length > 0, "graph", "has no edge to keep");
        int keep = Math.max(1, (int) Math.ceil(fraction * positive.length));
        double threshold = positive[positive.length - keep];
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = weights[i][j] >= threshold ? weights[i][j] : 0;
            }
        }
        return new WeightedGraph(w);
    }

    public int size() {
        return weights.length;
    }

    public double weight(int i, int j) {
        return weights[i][j];
    }

    /** A copy of the adjacency matrix. */
    public double[][] adjacency() {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = weights[i].clone();
        }
        return copy;
    }

    /** Neighbours of {@code i} (positive weight), ascending. */
    public int[] neighbours(int i) {
        int count = 0;
        for (double w : weights[i]) {
            count += w > 0 ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int j = 0; j < weights.length; j++) {
            if (weights[i][j] > 0) {
                out[k++] = j;
            }
        }
        return out;
    }

    /** Sum of all edge weights (each edge once). */
    public double totalWeight() {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            for (int j = i + 1; j < weights.length; j++) {
                s += weights[i][j];
            }
        }
        return s;
    }

    /** Checks {@code partition} labels one community per node, labels ≥ 0. */
    public void requirePartition(int[] partition) {
        Checks.argument(partition != null && partition.length == size(), "partition",
                "expected %d labels, got %s", size(), partition == null ? "null" : partition.length);
        for (int i = 0; i < partition.length; i++) {
            Checks.argument(partition[i] >= 0, "partition", "node %d has negative label %d", i, partition[i]);
        }
    }
}
