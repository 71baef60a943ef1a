package org.neurobeam.preprocess.calcium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/**
 * scipy.ndimage gaussian_filter1d / minimum_filter1d / maximum_filter1d (mode 'reflect') on traces of
 * 1, 2, 5, 12 (ties), 17 and 50 frames: odd and even sizes, kernels and windows longer than the trace
 * (and than twice the trace, where reflection repeats).
 */
class ScipyFiltersTest {

    @Test
    void gaussianMatchesScipy() throws Exception {
        double worst = 0;
        for (JsonNode c : CalciumFixtures.filters().get("gaussian")) {
            GaussianFilter1d filter = new GaussianFilter1d(c.get("sigma").asDouble(), c.get("truncate").asDouble());
            worst = Math.max(worst, Close.assertClose(SharedData.numbers(c.get("y")),
                    filter.apply(CalciumFixtures.trace(c.get("n").asInt())), 1e-12, "gaussian " + c.get("n") + " " + c.get("sigma")));
        }
        System.out.printf("ScipyFiltersTest gaussian max scaled diff %.3g%n", worst);
    }

    @Test
    void minimumAndMaximumMatchScipyExactly() throws Exception {
        for (JsonNode c : CalciumFixtures.filters().get("extrema")) {
            double[] x = CalciumFixtures.trace(c.get("n").asInt());
            int size = c.get("size").asInt();
            assertArrayEquals(SharedData.numbers(c.get("min")), ExtremumFilter1d.minimum(x, size), "min n=" + x.length + " size=" + size);
            assertArrayEquals(SharedData.numbers(c.get("max")), ExtremumFilter1d.maximum(x, size), "max n=" + x.length + " size=" + size);
        }
    }

    @Test
    void evenWindowReachesFurtherBack() {
        double[] impulse = {0, 0, 0, 1, 0, 0, 0, 0};
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 0, 0}, ExtremumFilter1d.maximum(impulse, 2));
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 1, 0, 0}, ExtremumFilter1d.maximum(impulse, 4));
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 0, 0, 0}, ExtremumFilter1d.maximum(impulse, 3));
    }

    @Test
    void gaussianSettings() {
        assertEquals(40, GaussianFilter1d.ofFrames(10).radius());
        assertEquals(15, GaussianFilter1d.ofSeconds(0.5, 30).sigmaFrames());
        double[] x = {1, 2, 3};
        assertArrayEquals(x, GaussianFilter1d.ofFrames(0).apply(x));
        double[] half = GaussianFilter1d.ofFrames(2).halfKernel();
        double sum = half[0];
        for (int k = 1; k < half.length; k++) {
            sum += 2 * half[k];
        }
        assertEquals(1.0, sum, 1e-15);
        assertThrows(IllegalArgumentException.class, () -> GaussianFilter1d.ofFrames(-1));
        assertThrows(IllegalArgumentException.class, () -> ExtremumFilter1d.minimum(x, 0));
    }
}
