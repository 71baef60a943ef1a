package org.neurobeam.preprocess.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ReferenceData;

/** scipy.signal.butter(5, [0.01, 0.1], 'bandpass', fs=1/1.89) coefficients from fmri_timeseries.ref.json. */
class ButterworthDesignTest {

    private static final JsonNode REF = ReferenceData.fmriReference().get("butterworth_bandpass");
    private static final double NYQUIST = REF.get("nyquist_hz").asDouble();

    private static double[] wn() {
        double[] band = SharedData.numbers(REF.get("band_hz"));
        return new double[] {band[0] / NYQUIST, band[1] / NYQUIST};
    }

    @Test
    void secondOrderSectionsMatchScipy() {
        double[][] sos = ButterworthDesign.sos(5, BandType.BANDPASS, wn());
        double[][] expected = new double[REF.get("sos").size()][];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = SharedData.numbers(REF.get("sos").get(i));
        }
        double diff = ReferenceData.maxAbsDiff(expected, sos);
        assertTrue(diff < 1e-10, "sos max |diff| " + diff);
    }

    @Test
    void polynomialsMatchScipy() {
        TransferFunction ba = ButterworthDesign.ba(5, BandType.BANDPASS, wn());
        double bDiff = ReferenceData.maxAbsDiff(new double[][] {SharedData.numbers(REF.get("b"))}, new double[][] {ba.b()});
        double aDiff = ReferenceData.maxAbsDiff(new double[][] {SharedData.numbers(REF.get("a"))}, new double[][] {ba.a()});
        assertTrue(bDiff < 1e-10, "b max |diff| " + bDiff);
        assertTrue(aDiff < 1e-10, "a max |diff| " + aDiff);
    }

    @Test
    void cutoffsInHertzGiveTheSameDesignAsNilearn() {
        ButterworthFilter filter = ButterworthDesign.forCutoffs(5, 0.01, 0.1, REF.get("fs_hz").asDouble());
        assertTrue(filter.warnings().isEmpty());
        assertEquals(0, ReferenceData.maxAbsDiff(ButterworthDesign.sos(5, BandType.BANDPASS, wn()), filter.sos()));
    }

    @Test
    void oddAndEvenOrderDesignsMatchScipy() throws Exception {
        JsonNode fixture = Fixtures.json("filter/butterworth_designs.json");
        for (JsonNode d : fixture.get("designs")) {
            BandType type = BandType.valueOf(d.get("btype").asText().toUpperCase(java.util.Locale.ROOT));
            double[] wn = SharedData.numbers(d.get("wn"));
            int order = d.get("order").asInt();
            String label = d.get("btype").asText() + " order " + order;
            double sosDiff = ReferenceData.maxAbsDiff(Fixtures.matrix(d.get("sos")), ButterworthDesign.sos(order, type, wn));
            assertTrue(sosDiff < 1e-12, label + " sos max |diff| " + sosDiff);
            TransferFunction ba = ButterworthDesign.ba(order, type, wn);
            double baDiff = Math.max(
                    ReferenceData.maxAbsDiff(new double[][] {SharedData.numbers(d.get("b"))}, new double[][] {ba.b()}),
                    ReferenceData.maxAbsDiff(new double[][] {SharedData.numbers(d.get("a"))}, new double[][] {ba.a()}));
            assertTrue(baDiff < 1e-12, label + " b/a max |diff| " + baDiff);
        }
    }

    @Test
    void oddOrderLowAndHighPassHaveUnityGainInTheirPassBand() {
        double[][] low = ButterworthDesign.sos(5, BandType.LOWPASS, 0.2);
        double[][] high = ButterworthDesign.sos(5, BandType.HIGHPASS, 0.2);
        assertEquals(3, low.length);
        assertEquals(1.0, gain(low, 0), 1e-12);
        assertEquals(1.0, gain(high, Math.PI), 1e-12);
        assertEquals(Math.sqrt(0.5), gain(low, 0.2 * Math.PI), 1e-12);
        assertEquals(Math.sqrt(0.5), gain(high, 0.2 * Math.PI), 1e-12);
    }

    @Test
    void lowPassAtOrAboveNyquistIsLoweredWithAWarning() {
        ButterworthFilter filter = ButterworthDesign.forCutoffs(5, 0.01, 0.3, 1 / 1.89);
        assertEquals(1, filter.warnings().size());
        assertTrue(filter.warnings().get(0).contains("low pass"), filter.warnings().get(0));
        assertEquals(5, filter.sos().length);
    }

    @Test
    void noCutoffIsTheIdentityAndInvertedBandIsRejected() {
        assertTrue(ButterworthDesign.forCutoffs(5, null, null, 0.5).isIdentity());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.forCutoffs(5, 0.1, 0.01, 0.5));
        assertTrue(e.getMessage().startsWith("high_pass: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ButterworthDesign.sos(5, BandType.LOWPASS, 1.0));
    }

    /** |H(e^{iw})| of a cascade of sections. */
    private static double gain(double[][] sos, double w) {
        double re = 1;
        double im = 0;
        for (double[] s : sos) {
            double nr = s[0] + s[1] * Math.cos(w) + s[2] * Math.cos(2 * w);
            double ni = -s[1] * Math.sin(w) - s[2] * Math.sin(2 * w);
            double dr = s[3] + s[4] * Math.cos(w) + s[5] * Math.cos(2 * w);
            double di = -s[4] * Math.sin(w) - s[5] * Math.sin(2 * w);
            double hr = (nr * dr + ni * di) / (dr * dr + di * di);
            double hi = (ni * dr - nr * di) / (dr * dr + di * di);
            double r = re * hr - im * hi;
            im = re * hi + im * hr;
            re = r;
        }
        return Math.hypot(re, im);
    }
}
