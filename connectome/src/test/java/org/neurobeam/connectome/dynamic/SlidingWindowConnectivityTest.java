package org.neurobeam.connectome.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tapered-window weighted Pearson against numpy's weighted covariance; rectangle = plain Pearson; bad inputs. */
class SlidingWindowConnectivityTest {

    @Test
    void taperedWindowMatchesNumpyWeightedCorrelation() {
        JsonNode f = Fixtures.read("windowed_correlation.json");
        WindowConfig window = new WindowConfig(f.get("length").asDouble(), f.get("step").asDouble(),
                f.get("sigma").asDouble(), 1.0);
        assertArrayEquals(Fixtures.vector(f.get("weights")), TaperedWindow.weights(window), 1e-15);
        WindowedConnectivity wc = new SlidingWindowConnectivity(SlidingWindowConfig.correlation(window))
                .compute(Fixtures.matrix(f.get("signals")));
        double[][] expected = Fixtures.matrix(f.get("edges"));
        assertEquals(expected.length, wc.windows());
        for (int w = 0; w < expected.length; w++) {
            assertArrayEquals(expected[w], wc.edges()[w], 1e-12);
        }
        assertEquals(3 * 5 + (TaperedWindow.weights(window).length - 1) / 2.0, wc.centres()[5], 0.0);
    }

    @Test
    void rectangleIsPlainPearsonAndFisherZIsArtanh() {
        double[][] x = noise(30, 3, 1);
        WindowConfig window = new WindowConfig(4.0, 2.0, 0.0, 0.5);
        SlidingWindowConfig config = SlidingWindowConfig.correlation(window);
        WindowedConnectivity wc = new SlidingWindowConnectivity(config).compute(x);
        assertEquals(8, TaperedWindow.weights(window).length);
        assertEquals((30 - 8) / 4 + 1, wc.windows());
        double r = pearson(x, 8, 8, 0, 2);
        assertEquals(r, wc.edges()[2][1], 1e-12);
        assertEquals(r, wc.matrix(2, 1.0)[2][0], 1e-12);
        assertEquals(1.0, wc.matrix(2, 1.0)[1][1], 0.0);
        WindowedConnectivity z = new SlidingWindowConnectivity(config.withFisherZ(true)).compute(x);
        assertEquals(0.5 * Math.log((1 + r) / (1 - r)), z.edges()[2][1], 1e-12);
        WindowedConnectivity zs = new SlidingWindowConnectivity(config.withZscore(true)).compute(x);
        assertArrayEquals(wc.edges()[3], zs.edges()[3], 1e-12);
    }

    @Test
    void badInputsAreNamed() {
        WindowConfig window = WindowConfig.allen(2.0);
        SlidingWindowConnectivity swc = new SlidingWindowConnectivity(SlidingWindowConfig.correlation(window));
        IllegalArgumentException shortRun = assertThrows(IllegalArgumentException.class,
                () -> swc.compute(noise(30, 3, 2)));
        assertTrue(shortRun.getMessage().contains("fewer than one window"), shortRun.getMessage());
        double[][] constant = noise(100, 3, 3);
        for (double[] row : constant) {
            row[1] = 4.0;
        }
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class, () -> swc.compute(constant));
        assertTrue(flat.getMessage().contains("region 1 is constant"), flat.getMessage());
        double[][] locallyFlat = noise(100, 3, 4);
        for (int t = 0; t < 50; t++) {
            locallyFlat[t][2] = 0.0;
        }
        IllegalArgumentException local = assertThrows(IllegalArgumentException.class,
                () -> swc.compute(locallyFlat));
        assertTrue(local.getMessage().contains("region 2 is constant in window 0"), local.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WindowConfig(1.0, 2.0, 0.0, 2.0));
        assertThrows(IllegalArgumentException.class, () -> new WindowConfig(44.0, 2.0, -1.0, 2.0));
        assertThrows(IllegalArgumentException.class,
                () -> new SlidingWindowConfig(window, WindowStatistic.COVARIANCE, false, true));
    }

    static double[][] noise(int time, int regions, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[time][regions];
        for (double[] row : x) {
            for (int r = 0; r < regions; r++) {
                row[r] = random.nextGaussian();
            }
        }
        return x;
    }

    private static double pearson(double[][] x, int start, int length, int i, int j) {
        double mi = 0;
        double mj = 0;
        for (int t = start; t < start + length; t++) {
            mi += x[t][i] / length;
            mj += x[t][j] / length;
        }
        double sij = 0;
        double sii = 0;
        double sjj = 0;
        for (int t = start; t < start + length; t++) {
            sij += (x[t][i] - mi) * (x[t][j] - mj);
            sii += (x[t][i] - mi) * (x[t][i] - mi);
            sjj += (x[t][j] - mj) * (x[t][j] - mj);
        }
        return sij / Math.sqrt(sii * sjj);
    }
}
