package org.neurobeam.preprocess.ephys.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ephys.MneReference;

/** FIR coefficients and zero-phase outputs against MNE 1.3 {@code create_filter} / {@code filter_data}. */
class FirDesignTest {

    private static final JsonNode REF = MneReference.load("filters.json");
    private static final double SFREQ = REF.get("sfreq").asDouble();
    private static final int STRIDE = REF.get("stride").asInt();
    private static final double[][] X = Fixtures.matrix(REF.get("x"));

    private static Double optional(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    private static FirConfig config(JsonNode c) {
        Double trans = optional(c.get("trans"));
        return new FirConfig(optional(c.get("l_freq")), optional(c.get("h_freq")), trans, trans, null);
    }

    @Test
    void coefficientsAndOutputsMatchMne() {
        for (JsonNode c : REF.get("fir")) {
            FirFilter filter = FirDesign.design(SFREQ, config(c));
            String name = c.get("l_freq") + "-" + c.get("h_freq");
            double[] expected = SharedData.numbers(c.get("h"));
            assertEquals(expected.length, filter.coefficients().length, name);
            double coefficientDiff = 0;
            for (int i = 0; i < expected.length; i++) {
                coefficientDiff = Math.max(coefficientDiff, Math.abs(expected[i] - filter.coefficients()[i]));
            }
            MneReference.report("FIR " + name + " coefficients max |diff|", coefficientDiff);
            assertTrue(coefficientDiff < 1e-12, name + " coefficients " + coefficientDiff);
            double[] y0 = MneReference.strided(filter.apply(X)[0], STRIDE);
            double outputDiff = MneReference.relative(SharedData.numbers(c.get("y0")), y0);
            MneReference.report("FIR " + name + " output relative", outputDiff);
            assertTrue(outputDiff < 1e-10, name + " output " + outputDiff);
        }
    }

    @Test
    void automaticLengthsMatchMneAtOtherRates() {
        for (JsonNode c : REF.get("lengths")) {
            FirConfig config = new FirConfig(optional(c.get("l_freq")), optional(c.get("h_freq")), null, null, null);
            double[] h = FirDesign.design(c.get("sfreq").asDouble(), config).coefficients();
            assertEquals(c.get("length").asInt(), h.length, c.toString());
            double sumsq = 0;
            for (double v : h) {
                sumsq += v * v;
            }
            assertEquals(c.get("center").asDouble(), h[h.length / 2], 1e-12, c.toString());
            assertEquals(c.get("sumsq").asDouble(), sumsq, 1e-12, c.toString());
        }
    }

    @Test
    void signalShorterThanFilterUsesShortenedPadding() {
        double[][] shortX = new double[2][];
        for (int c = 0; c < 2; c++) {
            shortX[c] = java.util.Arrays.copyOf(X[c], 300);
        }
        double[][] y = FirDesign.design(SFREQ, FirConfig.highPass(1.0)).apply(shortX);
        double diff = MneReference.relative(Fixtures.matrix(REF.get("short_highpass")), y);
        MneReference.report("FIR 1 Hz high-pass on 300 samples (825 taps) relative", diff);
        assertTrue(diff < 1e-10, "short " + diff);
    }

    @Test
    void descriptionRecordsMneDecisions() {
        FilterDescription d = FirDesign.design(1000.0, FirConfig.bandPass(1.0, 40.0)).description();
        assertEquals(FilterKind.BANDPASS, d.kind());
        assertEquals(List.of(1.0), d.lowTransitionsHz());
        assertEquals(List.of(10.0), d.highTransitionsHz());
        assertEquals(3301, d.length());
        assertEquals(List.of(0.0, 1.0, 40.0, 50.0, 500.0), d.frequenciesHz());
        assertEquals(List.of(0.0, 1.0, 1.0, 0.0, 0.0), d.gains());
        assertEquals("hamming", d.window());
        assertEquals("reflect_limited", d.padding());
        assertEquals(3301, FirDesign.design(1000.0, FirConfig.bandPass(1.0, 40.0).withLength(3300)).description()
                .length());
    }

    @Test
    void invalidRequestsNameTheOption() {
        IllegalArgumentException nyquist = assertThrows(IllegalArgumentException.class,
                () -> FirDesign.design(100.0, FirConfig.lowPass(50.0)));
        assertTrue(nyquist.getMessage().contains("h_freq"), nyquist.getMessage());
        IllegalArgumentException separated = assertThrows(IllegalArgumentException.class,
                () -> FirDesign.design(250.0, new FirConfig(55.0, 45.0, null, null, null)));
        assertTrue(separated.getMessage().contains("not sufficiently separated"), separated.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> FirDesign.design(250.0, FirConfig.highPass(1.0).withLength(101)));
        assertTrue(tooShort.getMessage().contains("filter_length"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FirConfig.highPass(-1.0));
    }
}
