package org.neurobeam.preprocess.calcium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.signal.Standardize;

/** Neuropil subtraction, dF/F, z-scoring (scipy.stats.zscore) and linear resampling (numpy.interp). */
class TraceOperationsTest {

    @Test
    void neuropilAndDeltaFOverFClosedForm() {
        double[] fc = NeuropilSubtraction.apply(new double[] {10, 20}, new double[] {10, 0}, 0.7);
        assertArrayEquals(new double[] {3, 20}, fc, 1e-15);
        assertArrayEquals(new double[] {0.5, -0.5}, DeltaFOverF.apply(new double[] {3, 1}, new double[] {2, 2}));
        assertArrayEquals(new double[] {0.5, -0.5}, DeltaFOverF.apply(new double[] {3, 1}, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeltaFOverF.apply(new double[] {3, 1}, new double[] {2, 0}));
        assertTrue(e.getMessage().contains("frame 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeltaFOverF.apply(new double[] {3}, -1));
        assertThrows(IllegalArgumentException.class, () -> NeuropilSubtraction.apply(new double[2], new double[3], 0.7));
    }

    @Test
    void preprocessRowMatchesItsParts() {
        double[] f = {900, 910, 950, 905, 901, 899, 930, 902};
        double[] fneu = {300, 301, 302, 299, 300, 300, 301, 299};
        CalciumConfig config = CalciumConfig.defaults().withBaseline(BaselineConfig.defaults().withSigmaFrames(1).withWindowSeconds(1));
        CalciumTrace t = new CalciumPreprocess(config, 3).apply(f, fneu);
        double[] fc = NeuropilSubtraction.apply(f, fneu, 0.7);
        assertArrayEquals(fc, t.neuropilCorrected());
        double[] flow = ExtremumFilter1d.maximum(ExtremumFilter1d.minimum(GaussianFilter1d.ofFrames(1).apply(fc), 3), 3);
        assertArrayEquals(flow, t.baseline());
        for (int i = 0; i < f.length; i++) {
            assertEquals(fc[i] - flow[i], t.baselineCorrected()[i]);
        }
        assertArrayEquals(DeltaFOverF.apply(fc, flow), t.deltaFOverF());
    }

    @Test
    void zscoreMatchesScipy() throws Exception {
        JsonNode z = CalciumFixtures.filters().get("zscore");
        double[] x = SharedData.numbers(z.get("trace"));
        double worst = Close.assertClose(SharedData.numbers(z.get("ddof0")), TraceZScore.apply(x, Standardize.ZSCORE), 1e-12, "ddof0");
        worst = Math.max(worst, Close.assertClose(SharedData.numbers(z.get("ddof1")), TraceZScore.apply(x, Standardize.ZSCORE_SAMPLE), 1e-12, "ddof1"));
        System.out.printf("TraceOperationsTest zscore max scaled diff %.3g%n", worst);
        assertThrows(IllegalArgumentException.class, () -> TraceZScore.apply(x, Standardize.PSC));
    }

    @Test
    void resamplingMatchesNumpyInterp() throws Exception {
        JsonNode c = CalciumFixtures.filters().get("interp");
        double[] y = LinearResampler.atTimes(SharedData.numbers(c.get("trace")), c.get("t0").asDouble(),
                c.get("fs").asDouble(), SharedData.numbers(c.get("times")));
        double worst = Close.assertClose(SharedData.numbers(c.get("y")), y, 1e-13, "interp");
        System.out.printf("TraceOperationsTest interp max scaled diff %.3g%n", worst);
    }

    @Test
    void resamplingClosedForm() {
        double[] ramp = {0, 1, 2, 3, 4, 5, 6};
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6}, LinearResampler.toRate(ramp, 10, 20), 1e-12);
        assertArrayEquals(new double[] {0, 3, 6}, LinearResampler.toRate(ramp, 30, 10), 1e-12);
        assertArrayEquals(new double[] {0, 2.5, 5}, LinearResampler.toRate(ramp, 30, 12), 1e-12);
        double[] outside = LinearResampler.atTimes(ramp, 1.0, 10, new double[] {0.95, 1.0, 1.6, 1.65});
        assertTrue(Double.isNaN(outside[0]) && Double.isNaN(outside[3]));
        assertEquals(0, outside[1]);
        assertEquals(6, outside[2], 1e-12);
        assertArrayEquals(new double[] {7}, LinearResampler.toRate(new double[] {7}, 30, 10));
    }
}
