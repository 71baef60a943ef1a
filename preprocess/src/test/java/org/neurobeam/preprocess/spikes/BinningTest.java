package org.neurobeam.preprocess.spikes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.calcium.Float32Npy;

/** Closed-form spike counts and amplitude sums on half-open bins, and the suite2p spks sums of the shared plane. */
class BinningTest {

    @Test
    void gridEdgesAndSizes() {
        assertEquals(3, new BinGrid(0, 0.3, 0.1).size());
        assertEquals(300, new BinGrid(0, 30, 0.1).size());
        assertEquals(7, new BinGrid(0, 0.7, 0.1).size());
        BinGrid ragged = new BinGrid(1, 2, 0.4);
        assertArrayEquals(new double[] {1, 1.4, 1.8, 2}, ragged.edges(), 1e-15);
        assertEquals(2, ragged.index(1.9));
        assertEquals(-1, ragged.index(2));
        assertEquals(-1, ragged.index(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new BinGrid(1, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new BinGrid(0, 1, 0));
    }

    @Test
    void countsAreHalfOpen() {
        BinGrid grid = new BinGrid(0, 1, 0.25);
        double[] spikes = {0, 0.1, 0.25, 0.2499999, 0.5, 0.75, 0.99, 1.0, -0.01, 3};
        assertArrayEquals(new int[] {3, 1, 1, 2}, SpikeCounts.count(spikes, grid));
        double[] decimal = {0.1, 0.2, 0.3, 0.7, 0.30000000000000004};
        assertArrayEquals(new int[] {0, 1, 1, 2, 0, 0, 0, 1, 0, 0}, SpikeCounts.count(decimal, new BinGrid(0, 1, 0.1)));
        assertThrows(IllegalArgumentException.class, () -> SpikeCounts.count(new double[] {Double.NaN}, grid));
        assertEquals(0, grid.index(-1e-12), "within 1e-9 width of the first edge");
        assertEquals(-1, grid.index(1 - 1e-12), "within 1e-9 width of the end");
        assertEquals(3, grid.index(1 - 1e-6));
    }

    @Test
    void frameClockAndDecimalBinsAgree() {
        double[] frames = new double[900];
        for (int k = 0; k < frames.length; k++) {
            frames[k] = k / 30.0;
        }
        int[] counts = SpikeCounts.count(frames, new BinGrid(0, 30, 0.1));
        assertEquals(300, counts.length);
        for (int c : counts) {
            assertEquals(3, c);
        }
    }

    @Test
    void consecutiveGridsCountEachSpikeOnce() {
        double[] spikes = {0.5, 1.0, 1.0, 1.5, 2.0};
        int first = Arrays.stream(SpikeCounts.count(spikes, new BinGrid(0, 1, 0.5))).sum();
        int second = Arrays.stream(SpikeCounts.count(spikes, new BinGrid(1, 2, 0.5))).sum();
        assertEquals(1, first);
        assertEquals(3, second);
    }

    @Test
    void amplitudesSumPerBin() {
        double[] amplitudes = {1, 2, 3, 4, 5, 6, 7};
        assertArrayEquals(new double[] {3, 7, 11, 7}, AmplitudeBinning.sum(amplitudes, 0, 10, new BinGrid(0, 0.8, 0.2)), 1e-12);
        assertArrayEquals(new double[] {6, 15}, AmplitudeBinning.sum(amplitudes, 1.0, 10, new BinGrid(1.0, 1.6, 0.3)), 1e-12);
        assertArrayEquals(new double[] {2, 0}, AmplitudeBinning.sum(new double[] {2}, new double[] {5}, new BinGrid(5, 7, 1)));
        assertThrows(IllegalArgumentException.class, () -> AmplitudeBinning.sum(amplitudes, new double[2], new BinGrid(0, 1, 1)));
    }

    @Test
    void suite2pSpksSumsMatchReference() {
        JsonNode ref = SharedData.json(SharedData.file("calcium/calcium.ref.json"));
        double[][] spks = Float32Npy.read(SharedData.file("calcium/suite2p/plane0/spks.npy"));
        double fs = ref.get("fs_hz").asDouble();
        for (int r = 0; r < spks.length; r++) {
            double[] perSecond = AmplitudeBinning.sum(spks[r], 0, fs, new BinGrid(0, spks[r].length / fs, 1.0));
            assertEquals(30, perSecond.length);
            double expected = SharedData.number(ref.get("spks").get("sum").get(r));
            assertEquals(expected, Arrays.stream(perSecond).sum(), 1e-10 * Math.max(1, Math.abs(expected)));
            double firstSecond = 0;
            for (int k = 0; k < 30; k++) {
                firstSecond += spks[r][k];
            }
            assertEquals(firstSecond, perSecond[0], 1e-12 * Math.max(1, Math.abs(firstSecond)));
        }
    }
}
