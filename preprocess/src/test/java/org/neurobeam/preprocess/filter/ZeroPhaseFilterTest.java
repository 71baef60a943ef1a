package org.neurobeam.preprocess.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ReferenceData;

/** sosfiltfilt / filtfilt of the ROI time series against scipy's outputs (fmri_timeseries.bandpass_*.csv). */
class ZeroPhaseFilterTest {

    private static final JsonNode REF = ReferenceData.fmriReference().get("butterworth_bandpass");

    private static double[][] referenceSos() {
        double[][] sos = new double[REF.get("sos").size()][];
        for (int i = 0; i < sos.length; i++) {
            sos[i] = SharedData.numbers(REF.get("sos").get(i));
        }
        return sos;
    }

    @Test
    void sosfiltfiltMatchesScipy() {
        double[][] sos = ButterworthDesign.forCutoffs(5, 0.01, 0.1, REF.get("fs_hz").asDouble()).sos();
        assertEquals(REF.get("sosfiltfilt").get("padlen").asInt(), ZeroPhaseFilter.sosPadLength(sos));
        double[][] expected = ReferenceData.table("timeseries/fmri_timeseries.bandpass_sosfiltfilt.csv");
        double diff = ReferenceData.maxAbsDiff(expected, ZeroPhaseFilter.sosfiltfilt(sos, ReferenceData.fmri()));
        assertTrue(diff < 1e-8, "sosfiltfilt max |diff| " + diff);
        double fromReferenceSos = ReferenceData.maxAbsDiff(expected,
                ZeroPhaseFilter.sosfiltfilt(referenceSos(), ReferenceData.fmri()));
        assertTrue(fromReferenceSos < 1e-8, "sosfiltfilt (reference sos) max |diff| " + fromReferenceSos);
    }

    @Test
    void filtfiltMatchesScipy() {
        TransferFunction ba = new TransferFunction(SharedData.numbers(REF.get("b")), SharedData.numbers(REF.get("a")));
        assertEquals(REF.get("filtfilt").get("padlen").asInt(), ZeroPhaseFilter.padLength(ba));
        double[][] expected = ReferenceData.table("timeseries/fmri_timeseries.bandpass_filtfilt.csv");
        double diff = ReferenceData.maxAbsDiff(expected, ZeroPhaseFilter.filtfilt(ba, ReferenceData.fmri()));
        assertTrue(diff < 1e-8, "filtfilt max |diff| " + diff);
    }

    @Test
    void oddOrderLowPassUsesScipysShorterPadding() throws Exception {
        JsonNode c = Fixtures.json("filter/butterworth_designs.json").get("filtfilt_case");
        double[][] sos = Fixtures.matrix(c.get("sos"));
        assertEquals(c.get("padlen").asInt(), ZeroPhaseFilter.sosPadLength(sos));
        double diff = ReferenceData.maxAbsDiff(Fixtures.matrix(c.get("y")),
                ZeroPhaseFilter.sosfiltfilt(sos, Fixtures.matrix(c.get("x"))));
        assertTrue(diff < 1e-10, "sosfiltfilt max |diff| " + diff);
    }

    @Test
    void steadyStateInitialConditionsPassAConstantUnchanged() {
        double[][] lowPass = ButterworthDesign.sos(4, BandType.LOWPASS, 0.3);
        double[][] constant = new double[40][1];
        for (double[] row : constant) {
            row[0] = 7.5;
        }
        double[][] out = ZeroPhaseFilter.sosfiltfilt(lowPass, constant);
        assertEquals(0, ReferenceData.maxAbsDiff(constant, out), 1e-12);
    }

    @Test
    void signalsNotLongerThanThePaddingAreRejected() {
        double[][] sos = referenceSos();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ZeroPhaseFilter.sosfiltfilt(sos, new double[33][2]));
        assertTrue(e.getMessage().contains("must be greater than padlen, which is 33"), e.getMessage());
    }
}
