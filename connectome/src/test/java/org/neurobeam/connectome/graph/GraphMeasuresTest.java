package org.neurobeam.connectome.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Closed forms on small graphs. Graph G: triangle 0-1-2 with weights w01 = 1, w02 = 2, w12 = 4, and a pendant
 * edge 2-3 of weight 8 (max weight 8).
 */
class GraphMeasuresTest {

    private static final WeightedGraph G = WeightedGraph.of(new double[][] {
        {0, 1, 2, 0},
        {1, 0, 4, 0},
        {2, 4, 0, 8},
        {0, 0, 8, 0},
    });

    @Test
    void strength() {
        assertArrayEquals(new double[] {3, 5, 14, 8}, Strength.of(G), 0.0);
    }

    @Test
    void onnelaClustering() {
        double geometric = Math.cbrt((1 / 8.0) * (2 / 8.0) * (4 / 8.0));
        double[] c = WeightedClustering.of(G);
        assertEquals(geometric, c[0], 1e-15);
        assertEquals(geometric, c[1], 1e-15);
        assertEquals(geometric / 3, c[2], 1e-15);
        assertEquals(0.0, c[3]);
        WeightedGraph k4 = WeightedGraph.of(new double[][] {{0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}});
        assertArrayEquals(new double[] {1, 1, 1, 1}, WeightedClustering.of(k4), 1e-15);
    }

    @Test
    void triangles() {
        assertArrayEquals(new long[] {1, 1, 1, 0}, Triangles.perNode(G));
        WeightedGraph k4 = WeightedGraph.of(new double[][] {{0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}});
        assertArrayEquals(new long[] {3, 3, 3, 3}, Triangles.perNode(k4));
        assertEquals(4, Triangles.total(k4));
    }

    @Test
    void modularityOfTwoTrianglesJoinedByOneEdge() {
        double[][] a = new double[6][6];
        int[][] edges = {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}, {2, 3}};
        for (int[] e : edges) {
            a[e[0]][e[1]] = 1;
            a[e[1]][e[0]] = 1;
        }
        WeightedGraph g = WeightedGraph.of(a);
        int[] split = {0, 0, 0, 1, 1, 1};
        assertEquals(5.0 / 14, Modularity.of(g, split), 1e-15);
        assertEquals(0.0, Modularity.of(g, new int[6]), 1e-15);
        double[] p = ParticipationCoefficient.of(g, split);
        assertArrayEquals(new double[] {0, 0, 1 - (4 + 1) / 9.0, 1 - (4 + 1) / 9.0, 0, 0}, p, 1e-15);
    }

    @Test
    void participationOfAnIsolatedNodeIsZero() {
        WeightedGraph g = WeightedGraph.of(new double[][] {{0, 2, 0}, {2, 0, 0}, {0, 0, 0}});
        assertArrayEquals(new double[] {0, 0, 0}, ParticipationCoefficient.of(g, new int[] {0, 1, 1}), 0.0);
        assertEquals(1 - 1.0, ParticipationCoefficient.of(g, new int[] {0, 0, 1})[0], 0.0);
    }

    @Test
    void fromPairsAndSparsification() {
        WeightedGraph g = WeightedGraph.fromPairs(new double[] {1, 2, 0, 4, 8, 16});
        assertEquals(4, g.size());
        assertEquals(16, g.weight(2, 3), 0.0);
        assertEquals(4, g.weight(1, 2), 0.0);
        WeightedGraph top = g.keepStrongest(0.4);
        assertEquals(0, top.weight(1, 2), 0.0);
        assertEquals(8, top.weight(1, 3), 0.0);
        assertEquals(16, top.weight(3, 2), 0.0);
    }

    @Test
    void badGraphsAreNamed() {
        IllegalArgumentException asym = assertThrows(IllegalArgumentException.class,
                () -> WeightedGraph.of(new double[][] {{0, 1}, {2, 0}}));
        assertTrue(asym.getMessage().contains("not symmetric"), asym.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WeightedGraph.of(new double[][] {{1, 0}, {0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> WeightedGraph.of(new double[][] {{0, -1}, {-1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> Modularity.of(WeightedGraph.of(new double[2][2]),
                new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> Modularity.of(G, new int[] {0, 1}));
    }
}
