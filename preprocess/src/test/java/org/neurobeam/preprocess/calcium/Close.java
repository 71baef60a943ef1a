package org.neurobeam.preprocess.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relative comparison for the reference tests: {@code |a - e| <= rel · max(|e|, 1)} (values of magnitude
 * below 1, such as dF/F near 0, are compared absolutely); returns the largest scaled difference seen.
 */
public final class Close {

    private Close() {
    }

    /** Asserts element-wise closeness and returns the largest scaled difference. */
    public static double assertClose(double[] expected, double[] actual, double rel, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), what + "[" + i + "]: expected NaN, got " + actual[i]);
                continue;
            }
            double scaled = Math.abs(actual[i] - expected[i]) / Math.max(Math.abs(expected[i]), 1);
            worst = Math.max(worst, scaled);
            assertTrue(scaled <= rel, what + "[" + i + "]: expected " + expected[i] + ", got " + actual[i]);
        }
        return worst;
    }

    /** Scalar form of {@link #assertClose(double[], double[], double, String)}. */
    public static double assertClose(double expected, double actual, double rel, String what) {
        return assertClose(new double[] {expected}, new double[] {actual}, rel, what);
    }
}
