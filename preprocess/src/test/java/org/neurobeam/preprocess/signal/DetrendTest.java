package org.neurobeam.preprocess.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.ReferenceData;

/** Detrending against scipy.signal.detrend and closed-form polynomials. */
class DetrendTest {

    @Test
    void linearMatchesScipyDetrend() {
        double[][] expected = ReferenceData.table("timeseries/fmri_timeseries.detrend_linear.csv");
        double diff = ReferenceData.maxAbsDiff(expected, Detrend.LINEAR.apply(ReferenceData.fmri()));
        assertTrue(diff < 1e-8, "detrend linear max |diff| " + diff);
    }

    @Test
    void constantRemovesTheMean() {
        double[][] out = Detrend.CONSTANT.apply(ReferenceData.fmri());
        for (double m : Columns.mean(out)) {
            assertEquals(0, m, 1e-9);
        }
    }

    @Test
    void polynomialTrendOfTheGivenOrderIsRemovedExactly() {
        int n = 120;
        double[][] x = new double[n][2];
        double[][] noise = new double[n][2];
        java.util.Random random = new java.util.Random(3);
        for (int t = 0; t < n; t++) {
            double u = t;
            x[t][0] = 4 - 0.3 * u + 0.02 * u * u - 1e-4 * u * u * u;
            x[t][1] = -2 + 0.5 * u;
            noise[t][0] = random.nextGaussian();
            noise[t][1] = random.nextGaussian();
        }
        assertTrue(maxAbs(new Detrend(3).apply(x)) < 1e-9, "cubic not removed");
        assertTrue(maxAbs(new Detrend(2).apply(x)) > 1e-3, "a quadratic fit must leave a cubic residual");
        double[][] withNoise = new double[n][2];
        for (int t = 0; t < n; t++) {
            withNoise[t][0] = x[t][0] + noise[t][0];
            withNoise[t][1] = x[t][1] + noise[t][1];
        }
        double diff = ReferenceData.maxAbsDiff(new Detrend(3).apply(noise), new Detrend(3).apply(withNoise));
        assertTrue(diff < 1e-9, "trend leaks into the residual: " + diff);
    }

    @Test
    void orderMustBeNonNegativeAndBelowTheLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Detrend(-1));
        assertTrue(e.getMessage().startsWith("detrend order: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Detrend(3).apply(new double[3][1]));
    }

    private static double maxAbs(double[][] values) {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
