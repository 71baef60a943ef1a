package org.neurobeam.preprocess.ephys.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ephys.MneReference;

/** {@code mne.time_frequency.psd_array_welch} and band power computed from it with numpy. */
class WelchTest {

    private static final JsonNode REF = MneReference.load("welch.json");
    private static final double[][] X = Fixtures.matrix(MneReference.load("filters.json").get("x"));
    private static final double SFREQ = REF.get("sfreq").asDouble();

    private static WelchConfig config(JsonNode kwargs) {
        WelchConfig c = WelchConfig.defaults();
        return new WelchConfig(kwargs.path("n_fft").asInt(c.nFft()), kwargs.path("n_overlap").asInt(c.nOverlap()),
                kwargs.has("n_per_seg") ? kwargs.get("n_per_seg").asInt() : null, kwargs.path("fmin").asDouble(0),
                kwargs.has("fmax") ? kwargs.get("fmax").asDouble() : Double.POSITIVE_INFINITY);
    }

    @Test
    void psdMatchesMne() {
        for (JsonNode c : REF.get("cases")) {
            PowerSpectrum spectrum = Welch.psd(X, SFREQ, config(c.get("kwargs")));
            double freqDiff = MneReference.relative(SharedData.numbers(c.get("freqs")), spectrum.frequenciesHz());
            assertEquals(0, freqDiff, 1e-15, c.get("kwargs").toString());
            double diff = MneReference.relative(Fixtures.matrix(c.get("psd")), spectrum.psd());
            MneReference.report("Welch " + c.get("kwargs") + " psd relative", diff);
            assertTrue(diff < 1e-10, c.get("kwargs") + " " + diff);
        }
    }

    @Test
    void bandPowerMatchesNumpyRectangleRule() {
        BandPower power = BandPower.of(Welch.psd(X, SFREQ, WelchConfig.defaults()), FrequencyBand.CLASSICAL);
        for (FrequencyBand band : FrequencyBand.CLASSICAL) {
            double abs = MneReference.relative(SharedData.numbers(REF.get("band_absolute").get(band.name())),
                    power.absolute().get(band.name()));
            double rel = MneReference.relative(SharedData.numbers(REF.get("band_relative").get(band.name())),
                    power.relative().get(band.name()));
            MneReference.report("band power " + band.name() + " absolute/relative", Math.max(abs, rel));
            assertTrue(abs < 1e-10 && rel < 1e-10, band.name() + " " + abs + " " + rel);
        }
    }

    @Test
    void sinePowerIsItsVariance() {
        double[][] x = new double[1][4096];
        for (int t = 0; t < x[0].length; t++) {
            x[0][t] = 3 * Math.sin(2 * Math.PI * 10 * t / 256.0);
        }
        BandPower power = BandPower.of(Welch.psd(x, 256, WelchConfig.defaults()), FrequencyBand.CLASSICAL);
        assertEquals(4.5, power.absolute().get("alpha")[0], 0.05);
        assertTrue(power.relative().get("alpha")[0] > 0.99);
    }

    @Test
    void invalidSegmentsNameTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Welch.psd(new double[][] {new double[100]}, 100, WelchConfig.defaults()));
        assertTrue(e.getMessage().contains("n_fft"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Welch.psd(X, SFREQ, new WelchConfig(256, 256, null, 0, Double.POSITIVE_INFINITY)));
    }
}
