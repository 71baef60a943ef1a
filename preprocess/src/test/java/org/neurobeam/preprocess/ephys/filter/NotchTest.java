package org.neurobeam.preprocess.ephys.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ephys.MneReference;

/** {@code mne.filter.notch_filter(x, 250, [50, 100])} with its FIR defaults. */
class NotchTest {

    private static final JsonNode REF = MneReference.load("filters.json");

    @Test
    void matchesMneNotchFilter() {
        double sfreq = REF.get("sfreq").asDouble();
        FirFilter notch = Notch.design(sfreq, NotchConfig.of(SharedData.numbers(REF.get("notch").get("freqs"))));
        double[][] y = notch.apply(Fixtures.matrix(REF.get("x")));
        double diff = MneReference.relative(SharedData.numbers(REF.get("notch").get("y0")),
                MneReference.strided(y[0], REF.get("stride").asInt()));
        MneReference.report("notch 50+100 Hz output relative", diff);
        assertTrue(diff < 1e-10, "notch " + diff);
        FilterDescription d = notch.description();
        assertEquals(1651, d.length());
        assertEquals(FilterKind.BANDSTOP, d.kind());
        assertEquals(List.of(0.0, 49.375, 49.875, 50.125, 50.625, 99.25, 99.75, 100.25, 100.75, 125.0),
                d.frequenciesHz());
    }

    @Test
    void harmonicsStayBelowNyquist() {
        assertArrayEquals(new double[] {50, 100, 150, 200}, NotchConfig.lineHarmonics(50, 500).freqs());
        assertArrayEquals(new double[] {60, 120}, NotchConfig.lineHarmonics(60, 250).freqs());
    }
}
