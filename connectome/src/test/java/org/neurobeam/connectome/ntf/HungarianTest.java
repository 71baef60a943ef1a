package org.neurobeam.connectome.ntf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Assignment checked against brute force on a 4 × 4 matrix. */
class HungarianTest {

    @Test
    void optimalAssignment() {
        double[][] cost = {{4, 1, 3, 9}, {2, 0, 5, 7}, {3, 2, 2, 8}, {6, 4, 1, 3}};
        assertArrayEquals(new int[] {1, 0, 2, 3}, Hungarian.minimise(cost));
        assertArrayEquals(new int[] {2, 0, 1}, Hungarian.minimise(new double[][] {{9, 9, 0}, {0, 9, 9}, {9, 0, 9}}));
    }
}
