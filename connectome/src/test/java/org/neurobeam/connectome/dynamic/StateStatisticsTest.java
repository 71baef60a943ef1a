package org.neurobeam.connectome.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Occupancy, dwell and transitions by hand; runs never cross subjects; unvisited states give 0, not NaN. */
class StateStatisticsTest {

    @Test
    void closedForm() {
        StateStatistics s = StateStatistics.of(List.of(new int[] {0, 0, 1, 1, 1, 0}, new int[] {0, 1}), 3, 2.0);
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, s.fractionalOccupancy(), 1e-15);
        assertArrayEquals(new double[] {4.0 / 3, 2.0, 0.0}, s.meanDwellWindows(), 1e-15);
        assertArrayEquals(new double[] {8.0 / 3, 4.0, 0.0}, s.meanDwellSeconds(), 1e-15);
        assertArrayEquals(new long[] {1, 2, 0}, s.transitionCounts()[0]);
        assertArrayEquals(new long[] {1, 2, 0}, s.transitionCounts()[1]);
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3, 0}, s.transitionProbabilities()[0], 1e-15);
        assertArrayEquals(new double[] {0, 0, 0}, s.transitionProbabilities()[2], 0.0);
    }

    @Test
    void rejectsStatesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> StateStatistics.of(new int[] {0, 3}, 3, 1.0));
        assertThrows(IllegalArgumentException.class, () -> StateStatistics.of(new int[0], 3, 1.0));
    }
}
