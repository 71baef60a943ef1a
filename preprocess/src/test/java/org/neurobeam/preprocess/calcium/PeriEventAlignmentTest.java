package org.neurobeam.preprocess.calcium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Planted events: each event plants a known shape at a known frame and the matrix must recover it. */
class PeriEventAlignmentTest {

    @Test
    void plantedEventsAreRecovered() {
        double fs = 10;
        double t0 = 2.0;
        double[] trace = new double[200];
        double[] shape = {1, 2, 5, 3, 1.5};
        double[] events = {3.0, 7.52, 12.97, 19.0};
        for (double t : events) {
            int frame = (int) Math.rint((t - t0) * fs);
            for (int k = 0; k < shape.length; k++) {
                trace[frame + k] += shape[k];
            }
        }
        PeriEventMatrix m = PeriEventAlignment.align(trace, t0, fs, events, new PeriEventWindow(0.2, 0.6));
        assertArrayEquals(new double[] {-0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, m.offsetSeconds(), 1e-15);
        assertArrayEquals(new long[] {10, 55, 110, 170}, m.eventFrames());
        for (int e = 0; e < 3; e++) {
            assertArrayEquals(new double[] {0, 0, 1, 2, 5, 3, 1.5, 0, 0}, m.values()[e]);
        }
        double[] last = m.values()[3];
        assertArrayEquals(new double[] {0, 0, 1, 2, 5, 3, 1.5, 0, 0}, last);
    }

    @Test
    void windowsLeavingTheRecordingAreNaN() {
        double[] trace = {0, 1, 2, 3, 4};
        PeriEventMatrix m = PeriEventAlignment.align(trace, 0, 1, new double[] {0.4, 4.0, -3}, new PeriEventWindow(1, 1));
        assertTrue(Double.isNaN(m.values()[0][0]));
        assertEquals(0, m.values()[0][1]);
        assertEquals(1, m.values()[0][2]);
        assertEquals(3, m.values()[1][0]);
        assertEquals(4, m.values()[1][1]);
        assertTrue(Double.isNaN(m.values()[1][2]));
        for (double v : m.values()[2]) {
            assertTrue(Double.isNaN(v));
        }
        assertEquals(2, new PeriEventWindow(0.25, 0).framesBefore(10), "half-to-even rounding");
        assertThrows(IllegalArgumentException.class, () -> new PeriEventWindow(-1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> PeriEventAlignment.align(trace, 0, 1, new double[] {Double.NaN}, new PeriEventWindow(1, 1)));
    }
}
