package org.neurobeam.connectome.states;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The history kernel of notes §B.1, the design rows and the floored categorical maximiser. */
class BuildingBlocksTest {

    @Test
    void paperKernel() {
        assertArrayEquals(new double[] {0.636, 0.234, 0.086, 0.032, 0.012}, HistoryBasis.paperDefault().kernel(),
                1e-3);
    }

    @Test
    void designIsBiasPlusZeroPaddedHistory() {
        HistoryBasis basis = HistoryBasis.exponential(2, 1.0);
        double[] phi = basis.kernel();
        double[][] rows = basis.design(new double[][] {{1, 0}, {0, 2}, {0, 0}});
        assertArrayEquals(new double[] {1, 0, 0}, rows[0], 0);
        assertArrayEquals(new double[] {1, phi[0], 0}, rows[1], 1e-15);
        assertArrayEquals(new double[] {1, phi[1], 2 * phi[0]}, rows[2], 1e-15);
    }

    @Test
    void flooredCategoricalIsTheConstrainedOptimum() {
        assertArrayEquals(new double[] {0.25, 0.75}, FlooredCategorical.maximise(new double[] {1, 3}, 0.01), 1e-15);
        double[] p = FlooredCategorical.maximise(new double[] {0, 1, 3}, 0.1);
        assertArrayEquals(new double[] {0.1, 0.225, 0.675}, p, 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, FlooredCategorical.maximise(new double[] {0, 0}, 0.1), 1e-15);
    }

    @Test
    void linksAndTheirSlopes() {
        for (Link link : Link.values()) {
            for (double eta : new double[] {-3, -0.5, 0, 0.7, 2}) {
                double h = 1e-6;
                double numeric = (link.rate(eta + h) - link.rate(eta - h)) / (2 * h);
                assertEquals(numeric, link.slope(eta), 1e-7, link + " at " + eta);
            }
        }
        assertEquals(Math.log(2), Link.SOFTPLUS.rate(0), 1e-15);
    }
}
