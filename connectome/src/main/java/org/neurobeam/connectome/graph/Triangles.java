package org.neurobeam.connectome.graph;

/**
 * Number of triangles (3-cycles of edges of positive weight) through each node, weights ignored, as networkx
 * {@code triangles}; each triangle counts once for each of its three nodes.
 */
public final class Triangles {

    private Triangles() {
    }

    public static long[] perNode(WeightedGraph g) {
        long[] t = new long[g.size()];
        for (int i = 0; i < t.length; i++) {
            int[] nb = g.neighbours(i);
            for (int a = 0; a < nb.length; a++) {
                for (int b = a + 1; b < nb.length; b++) {
                    if (g.weight(nb[a], nb[b]) > 0) {
                        t[i]++;
                    }
                }
            }
        }
        return t;
    }

    /** Total number of distinct triangles. */
    public static long total(WeightedGraph g) {
        long s = 0;
        for (long t : perNode(g)) {
            s += t;
        }
        return s / 3;
    }
}
