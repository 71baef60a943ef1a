package org.neurobeam.preprocess.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/** numpy.percentile (linear) and the sliding percentile built from it, against numpy/scipy. */
class PercentileTest {

    @Test
    void constantPercentileMatchesNumpy() throws Exception {
        double worst = 0;
        for (JsonNode c : CalciumFixtures.filters().get("percentile")) {
            worst = Math.max(worst, Close.assertClose(c.get("p").asDouble(),
                    Percentile.of(SharedData.numbers(c.get("values")), c.get("q").asDouble()), 1e-14, "percentile " + c.get("q")));
        }
        System.out.printf("PercentileTest numpy.percentile max scaled diff %.3g%n", worst);
    }

    @Test
    void slidingPercentileMatchesNumpyWindows() throws Exception {
        double worst = 0;
        for (JsonNode c : CalciumFixtures.filters().get("sliding_percentile")) {
            double[] x = CalciumFixtures.trace(c.get("n").asInt());
            worst = Math.max(worst, Close.assertClose(SharedData.numbers(c.get("y")),
                    SlidingPercentile.apply(x, c.get("size").asInt(), c.get("q").asDouble()), 1e-14,
                    "sliding n=" + c.get("n") + " size=" + c.get("size") + " q=" + c.get("q")));
        }
        System.out.printf("PercentileTest sliding max scaled diff %.3g%n", worst);
    }

    @Test
    void closedFormAndErrors() {
        assertEquals(2.5, Percentile.of(new double[] {4, 1, 3, 2}, 50));
        assertEquals(1.24, Percentile.of(new double[] {1, 2, 3, 4}, 8), 1e-15);
        assertTrue(Double.isNaN(Percentile.of(new double[] {1, Double.NaN}, 50)));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[] {1}, 101));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[0], 50));
    }
}
