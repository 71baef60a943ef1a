package org.neurobeam.preprocess.calcium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/**
 * Every preprocessing value of the shared calcium reference (calcium.ref.json, numpy 1.24 / scipy 1.10 on
 * the constructed suite2p plane): neuropil-corrected traces, maximin baselines (sigma 10 frames, window
 * 10 s at 30 Hz = 300 frames), baseline-corrected traces, dF/F against the 8th percentile, correlations.
 */
class Suite2pReferenceTest {

    private static final double REL = 1e-10;
    private static JsonNode ref;
    private static double[][] f;
    private static double[][] fneu;
    private static double[][] spks;
    private static CalciumTrace[] traces;

    @BeforeAll
    static void load() {
        ref = SharedData.json(SharedData.file("calcium/calcium.ref.json"));
        f = Float32Npy.read(SharedData.file("calcium/suite2p/plane0/F.npy"));
        fneu = Float32Npy.read(SharedData.file("calcium/suite2p/plane0/Fneu.npy"));
        spks = Float32Npy.read(SharedData.file("calcium/suite2p/plane0/spks.npy"));
        JsonNode ops = ref.get("ops_scalars");
        CalciumConfig config = CalciumConfig.defaults()
                .withNeuropilCoefficient(ops.get("neucoeff").asDouble())
                .withBaseline(BaselineConfig.defaults()
                        .withMethod(BaselineMethod.fromName(ops.get("baseline").asText()))
                        .withWindowSeconds(ops.get("win_baseline").asDouble())
                        .withSigmaFrames(ops.get("sig_baseline").asDouble()));
        CalciumPreprocess preprocess = new CalciumPreprocess(config, ops.get("fs").asDouble());
        traces = new CalciumTrace[f.length];
        for (int r = 0; r < f.length; r++) {
            traces[r] = preprocess.apply(f[r], fneu[r]);
        }
    }

    @Test
    void readerMatchesTheReferenceHeadersAndValues() {
        assertEquals(12, f.length);
        assertEquals(900, f[0].length);
        for (int r = 0; r < f.length; r++) {
            assertArrayEquals(SharedData.numbers(ref.get("F").get("first_10").get(r)), Arrays.copyOf(f[r], 10));
            assertArrayEquals(SharedData.numbers(ref.get("Fneu").get("first_10").get(r)), Arrays.copyOf(fneu[r], 10));
        }
        assertEquals(300, BaselineConfig.defaults().withWindowSeconds(10).windowFrames(30.0));
        assertEquals(ref.get("maximin_baseline").get("win_frames").asInt(),
                BaselineConfig.defaults().withWindowSeconds(ref.get("maximin_baseline").get("win_baseline_s").asDouble())
                        .windowFrames(ref.get("fs_hz").asDouble()));
    }

    @Test
    void neuropilCorrectedTraces() {
        JsonNode nc = ref.get("neuropil_corrected");
        double worst = 0;
        for (int r = 0; r < traces.length; r++) {
            double[] fc = traces[r].neuropilCorrected();
            worst = Math.max(worst, Close.assertClose(SharedData.numbers(nc.get("first_10").get(r)), Arrays.copyOf(fc, 10), REL, "Fc first_10"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(nc.get("mean").get(r)), mean(fc), REL, "Fc mean"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(nc.get("std_ddof0").get(r)), std0(fc), REL, "Fc std"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(nc.get("sum").get(r)), mean(fc) * fc.length, REL, "Fc sum"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(nc.get("min").get(r)), Arrays.stream(fc).min().orElseThrow(), REL, "Fc min"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(nc.get("max").get(r)), Arrays.stream(fc).max().orElseThrow(), REL, "Fc max"));
        }
        System.out.printf("Suite2pReferenceTest neuropil max scaled diff %.3g%n", worst);
    }

    @Test
    void maximinBaselineAndCorrectedTraces() {
        JsonNode mm = ref.get("maximin_baseline");
        double worst = 0;
        for (int r = 0; r < traces.length; r++) {
            worst = Math.max(worst, Close.assertClose(SharedData.numbers(mm.get("Flow_first_10").get(r)), Arrays.copyOf(traces[r].baseline(), 10), REL, "Flow first_10"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(mm.get("Flow_mean").get(r)), mean(traces[r].baseline()), REL, "Flow mean"));
            worst = Math.max(worst, Close.assertClose(SharedData.numbers(mm.get("baseline_corrected_first_10").get(r)), Arrays.copyOf(traces[r].baselineCorrected(), 10), REL, "F - Flow first_10"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(mm.get("baseline_corrected_mean").get(r)), mean(traces[r].baselineCorrected()), REL, "F - Flow mean"));
        }
        System.out.printf("Suite2pReferenceTest maximin max scaled diff %.3g%n", worst);
    }

    @Test
    void deltaFOverFAgainstThe8thPercentile() {
        JsonNode dff = ref.get("dff_percentile8");
        BaselineConfig percentile = BaselineConfig.defaults().withMethod(BaselineMethod.CONSTANT_PERCENTILE);
        double worst = 0;
        for (int r = 0; r < traces.length; r++) {
            double[] fc = traces[r].neuropilCorrected();
            double[] f0 = percentile.estimate(fc, 30.0);
            double[] d = DeltaFOverF.apply(fc, f0);
            worst = Math.max(worst, Close.assertClose(SharedData.number(dff.get("F0").get(r)), f0[0], REL, "F0"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(dff.get("F0").get(r)), Percentile.of(fc, 8), REL, "F0"));
            worst = Math.max(worst, Close.assertClose(SharedData.numbers(dff.get("first_10").get(r)), Arrays.copyOf(d, 10), REL, "dF/F first_10"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(dff.get("mean").get(r)), mean(d), REL, "dF/F mean"));
            worst = Math.max(worst, Close.assertClose(SharedData.number(dff.get("max").get(r)), Arrays.stream(d).max().orElseThrow(), REL, "dF/F max"));
            assertArrayEquals(d, DeltaFOverF.apply(fc, f0[0]));
        }
        System.out.printf("Suite2pReferenceTest dF/F max scaled diff %.3g%n", worst);
    }

    @Test
    void correlationsOverCells() {
        double worst = 0;
        for (String name : new String[] {"correlation_Fc_cells", "correlation_spks_cells"}) {
            JsonNode c = ref.get(name);
            int[] cells = Arrays.stream(SharedData.numbers(c.get("roi_indices"))).mapToInt(v -> (int) v).toArray();
            double[][] rows = new double[cells.length][];
            for (int i = 0; i < cells.length; i++) {
                rows[i] = name.contains("Fc") ? traces[cells[i]].neuropilCorrected() : spks[cells[i]];
            }
            double[][] r = TraceCorrelation.matrix(rows);
            for (int i = 0; i < cells.length; i++) {
                worst = Math.max(worst, Close.assertClose(SharedData.numbers(c.get("matrix").get(i)), r[i], REL, name));
            }
        }
        System.out.printf("Suite2pReferenceTest correlation max scaled diff %.3g%n", worst);
    }

    @Test
    void fullMaximinBaselineMatchesScipy() throws Exception {
        JsonNode full = CalciumFixtures.filters().get("maximin_win300_sig10");
        double worst = 0;
        for (String roi : new String[] {"0", "5"}) {
            worst = Math.max(worst, Close.assertClose(SharedData.numbers(full.get(roi)),
                    traces[Integer.parseInt(roi)].baseline(), REL, "Flow ROI " + roi));
        }
        System.out.printf("Suite2pReferenceTest full-length maximin max scaled diff %.3g%n", worst);
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).sum() / x.length;
    }

    private static double std0(double[] x) {
        double m = mean(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / x.length);
    }
}
