package org.neurobeam.connectome.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The O(degree) move and O(B) merge scores equal the change of the whole description length. */
class BlockStateTest {

    @Test
    void deltasEqualRecomputedDescriptionLength() {
        PlantedPartition planted = new PlantedPartition(40, 4, 0.4, 0.1, 2.0, 1.0, 5);
        int n = 40;
        Adjacency adjacency = Adjacency.of(planted.graph);
        int[][] neighbours = adjacency.neighbours();
        double[][] weights = adjacency.weights();
        Random random = new Random(1);
        for (boolean corrected : new boolean[] {false, true}) {
            DescriptionLength dl = new DescriptionLength(corrected, n, adjacency.edges(), adjacency.meanWeight(), 1.0);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(6);
            }
            BlockState state = new BlockState(neighbours, weights, dl, labels);
            for (int trial = 0; trial < 200; trial++) {
                int node = random.nextInt(n);
                int[] active = state.active();
                int target = active[random.nextInt(active.length)];
                double before = state.total();
                double delta = state.moveDelta(node, target);
                state.applyMove(node, target);
                assertEquals(state.total() - before, delta, 1e-8);
            }
            int[] active = state.active();
            double before = state.total();
            double delta = state.mergeDelta(active[0], active[1]);
            state.applyMerge(active[0], active[1]);
            assertEquals(state.total() - before, delta, 1e-8);
        }
    }
}
