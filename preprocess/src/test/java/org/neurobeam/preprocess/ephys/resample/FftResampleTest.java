package org.neurobeam.preprocess.ephys.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ephys.MneReference;

/** {@code mne.filter.resample(x, new, old, npad=...)} down, up and to a non-integer ratio. */
class FftResampleTest {

    private static final JsonNode REF = MneReference.load("resample.json");
    private static final double[][] X = Fixtures.matrix(MneReference.load("filters.json").get("x"));

    @Test
    void matchesMneResample() {
        double sfreq = REF.get("sfreq").asDouble();
        for (JsonNode c : REF.get("cases")) {
            JsonNode npad = c.get("npad");
            ResampleConfig config = new ResampleConfig(c.get("new_sfreq").asDouble(), sfreq,
                    npad.isTextual() ? null : npad.asInt());
            double[][] y = FftResample.apply(X, config);
            assertEquals(c.get("n").asInt(), y[0].length);
            double[] edges = new double[40];
            System.arraycopy(y[1], 0, edges, 0, 20);
            System.arraycopy(y[1], y[1].length - 20, edges, 20, 20);
            double diff = Math.max(MneReference.relative(SharedData.numbers(c.get("y0")),
                    MneReference.strided(y[0], REF.get("stride").asInt())),
                    MneReference.relative(SharedData.numbers(c.get("y1_edges")), edges));
            String name = sfreq + "->" + c.get("new_sfreq") + " npad=" + npad;
            MneReference.report("resample " + name + " relative", diff);
            assertTrue(diff < 1e-10, name + " " + diff);
        }
    }

    @Test
    void paddingLongerThanTheSignalIsZeroFilled() {
        double[][] tiny = {java.util.Arrays.copyOf(X[0], 50), java.util.Arrays.copyOf(X[1], 50)};
        double[][] y = FftResample.apply(tiny, new ResampleConfig(100, REF.get("sfreq").asDouble(), 100));
        double diff = MneReference.relative(Fixtures.matrix(REF.get("tiny_npad100")), y);
        MneReference.report("resample 50 samples npad=100 relative", diff);
        assertTrue(diff < 1e-10, "tiny " + diff);
    }

    @Test
    void autoPaddingReachesAPowerOfTwo() {
        assertArrayEquals(new int[] {1024, 1025}, FftResample.pads(2047, null));
        assertArrayEquals(new int[] {6, 6}, FftResample.pads(20, null));
        assertArrayEquals(new int[] {100, 100}, FftResample.pads(20, 100));
    }
}
