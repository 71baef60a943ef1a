package org.neurobeam.preprocess.ephys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Per-channel z-scores with the population standard deviation. */
class ChannelZScoreTest {

    @Test
    void standardisesEachChannelAndZeroesConstantOnes() {
        double[][] z = ChannelZScore.apply(new double[][] {{1, 2, 3, 4}, {5, 5, 5, 5}});
        double s = Math.sqrt(1.25);
        assertArrayEquals(new double[] {-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s}, z[0], 1e-15);
        assertArrayEquals(new double[] {0, 0, 0, 0}, z[1], 0);
    }
}
