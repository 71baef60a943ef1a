package org.neurobeam.preprocess.ephys.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ReferenceData;
import org.neurobeam.preprocess.ephys.MneReference;

/** {@code create_filter/filter_data(method='iir')} with MNE's default order-4 Butterworth SOS. */
class IirFilterTest {

    private static final JsonNode REF = MneReference.load("filters.json");

    private static Double optional(JsonNode node) {
        return node.isNull() ? null : node.asDouble();
    }

    @Test
    void sectionsPaddingAndOutputsMatchMne() {
        double sfreq = REF.get("sfreq").asDouble();
        double[][] x = Fixtures.matrix(REF.get("x"));
        for (JsonNode c : REF.get("iir")) {
            String name = c.get("l_freq") + "-" + c.get("h_freq");
            IirFilter filter = IirFilter.design(sfreq, IirConfig.of(optional(c.get("l_freq")),
                    optional(c.get("h_freq"))));
            double sosDiff = ReferenceData.maxAbsDiff(Fixtures.matrix(c.get("sos")), filter.sos());
            MneReference.report("IIR " + name + " sos max |diff|", sosDiff);
            assertTrue(sosDiff < 1e-12, name + " sos " + sosDiff);
            assertEquals(c.get("padlen").asInt(), filter.description().padLength(), name + " padlen");
            double[] y0 = MneReference.strided(filter.apply(x)[0], REF.get("stride").asInt());
            double diff = MneReference.relative(SharedData.numbers(c.get("y0")), y0);
            MneReference.report("IIR " + name + " output relative", diff);
            assertTrue(diff < 1e-10, name + " output " + diff);
        }
    }

    @Test
    void signalShorterThanPaddingUsesNMinusOne() {
        double[][] x = Fixtures.matrix(REF.get("x"));
        double[][] shortX = {java.util.Arrays.copyOf(x[0], 300), java.util.Arrays.copyOf(x[1], 300)};
        double[][] y = IirFilter.design(REF.get("sfreq").asDouble(), IirConfig.of(1.0, 40.0)).apply(shortX);
        double diff = MneReference.relative(Fixtures.matrix(REF.get("short_iir_bandpass")), y);
        MneReference.report("IIR 1-40 Hz on 300 samples (padlen 395 -> 299) relative", diff);
        assertTrue(diff < 1e-10, "short " + diff);
    }

    @Test
    void bandStopIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IirConfig.of(55.0, 45.0));
        assertTrue(e.getMessage().contains("l_freq"), e.getMessage());
    }
}
