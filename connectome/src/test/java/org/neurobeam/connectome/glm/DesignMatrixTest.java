package org.neurobeam.connectome.glm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.calcium.TraceCorrelation;
import org.neurobeam.preprocess.filter.CosineDrift;

/** Design matrices: drifts vs SPM, event regressors vs a numpy re-derivation and SPM, layout, validation. */
class DesignMatrixTest {

    private static final double[] SPM_TIMES = FirstLevelDesign.frameTimes(100, 1, 0);

    @Test
    void cosineDriftMatchesSpm() {
        double[][] spm = Fixture.csv("hrf/spm_cosine_drift_nt20_dt1_hcut10s.csv", 0);
        double[] times = FirstLevelDesign.frameTimes(20, 1, 0);
        double[][] nilearn = CosineDrift.nilearn(0.1, times).basis();
        double[][] dct = CosineDrift.spmDctMatrix(20, 4);
        DesignMatrix design = FirstLevelDesign.make(times, List.of(), null,
                DesignConfig.DEFAULT.withDrift(DriftModel.COSINE, 0.1, 1));
        double worst = 0;
        for (int k = 1; k <= 3; k++) {
            double[] expected = Fixture.column(spm, k);
            worst = Math.max(worst, Fixture.maxAbsDiff(Fixture.column(nilearn, k - 1), expected));
            worst = Math.max(worst, Fixture.maxAbsDiff(Fixture.column(dct, k), expected));
            worst = Math.max(worst, Fixture.maxAbsDiff(design.column("drift_" + k), expected));
        }
        System.out.printf("cosine drift vs SPM (20 scans, 10 s cut-off), 3 cosines: max |diff| %.3e%n", worst);
        assertTrue(worst < 1e-15, "cosine " + worst);
        assertEquals(List.of("drift_1", "drift_2", "drift_3", "drift_4", "constant"), design.names());
        assertArrayEquals(Fixture.column(spm, 0), design.column("constant"), 0);
    }

    @Test
    void eventRegressorsMatchNumpyRederivation() {
        JsonNode d = Fixture.glm().get("design");
        List<TaskEvent> events = new ArrayList<>();
        for (JsonNode e : d.get("events")) {
            events.add(new TaskEvent(e.get("onset").asDouble(), e.get("duration").asDouble(),
                    e.get("trial_type").asText(), e.get("modulation").asDouble()));
        }
        DesignConfig config = DesignConfig.DEFAULT.withHrfModel(HrfModel.GLOVER_DERIVATIVE)
                .withDrift(DriftModel.NONE, 0.01, 1).withOversampling(d.get("oversampling").asInt())
                .withMinOnset(d.get("min_onset").asDouble());
        DesignMatrix design = FirstLevelDesign.make(
                FirstLevelDesign.frameTimes(d.get("n_scans").asInt(), d.get("tr").asDouble(), 0), events, null, config);
        double[][] expected = Fixture.matrix(d.get("matrix"));
        List<String> names = new ArrayList<>();
        d.get("names").forEach(n -> names.add(n.asText()));
        names.add("constant");
        assertEquals(names, design.names());
        double worst = 0;
        for (int j = 0; j < expected[0].length; j++) {
            worst = Math.max(worst, Fixture.maxAbsDiff(design.column(names.get(j)), Fixture.column(expected, j)));
        }
        System.out.printf("glover + derivative regressors vs numpy/scipy re-derivation: max |diff| %.3e%n", worst);
        assertTrue(worst < 1e-12, "design " + worst);
    }

    @Test
    void spmDesignMatricesWithinNipyTolerance() {
        double[][] onsets = {{30, 50, 70}, {10, 30, 80}, {30, 40, 60}};
        for (String kind : new String[] {"event", "block"}) {
            double duration = kind.equals("block") ? 10 : 0;
            List<TaskEvent> events = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                for (double onset : onsets[c]) {
                    events.add(TaskEvent.of(onset, duration, "c" + c));
                }
            }
            DesignMatrix design = FirstLevelDesign.make(SPM_TIMES, events, null,
                    DesignConfig.DEFAULT.withHrfModel(HrfModel.SPM).withDrift(DriftModel.NONE, 0.01, 1));
            double[][] spm = Fixture.csv("hrf/spm_dmtx_" + kind + ".csv", 0);
            double[][] ours = design.values();
            double num = 0;
            double den = 0;
            StringBuilder perColumn = new StringBuilder();
            for (int j = 0; j < 4; j++) {
                double[] a = Fixture.column(ours, j);
                double[] b = Fixture.column(spm, j);
                double cn = 0;
                double cd = 0;
                for (int i = 0; i < a.length; i++) {
                    cn += (a[i] - b[i]) * (a[i] - b[i]);
                    cd += b[i] * b[i];
                }
                num += cn;
                den += cd;
                perColumn.append(String.format(" %s %.3f (corr %.4f, SPM/ours scale %.2f)", design.names().get(j),
                        cn / cd, correlation(a, b), dot(a, b) / dot(a, a)));
            }
            System.out.printf("SPM %s design: relative squared error %.4f (nipy criterion < 0.1); per column%s%n",
                    kind, num / den, perColumn);
            assertTrue(num / den < 0.1, kind + " " + num / den);
            for (int j = 0; j < 3; j++) {
                assertTrue(correlation(Fixture.column(ours, j), Fixture.column(spm, j)) > 0.98, kind + " column " + j);
            }
        }
    }

    @Test
    void layoutConfoundsAndPolynomialDrift() {
        double[] times = FirstLevelDesign.frameTimes(30, 2, 0);
        double[][] motion = new double[30][2];
        for (int i = 0; i < 30; i++) {
            motion[i][0] = Math.sin(i);
            motion[i][1] = Math.cos(0.3 * i);
        }
        List<TaskEvent> events = List.of(TaskEvent.of(4, 2, "b"), TaskEvent.of(10, 0, "a"),
                new TaskEvent(20, 1, null, 1));
        DesignMatrix design = FirstLevelDesign.make(times, events, new Confounds(List.of("tx", "ty"), motion),
                DesignConfig.DEFAULT.withHrfModel(HrfModel.FIR).withFirDelays(List.of(0, 1))
                        .withDrift(DriftModel.POLYNOMIAL, 0.01, 2));
        assertEquals(List.of("a_delay_0", "a_delay_1", "b_delay_0", "b_delay_1", "dummy_delay_0", "dummy_delay_1",
                "tx", "ty", "drift_1", "drift_2", "constant"), design.names());
        assertTrue(design.warnings().stream().anyMatch(w -> w.contains("dummy")), design.warnings().toString());
        // FIR delay 0 of a 2 s event at 4 s with TR 2: the scans at 4 s only (nilearn reads oversampling - 1 bins on)
        assertArrayEquals(new double[] {0, 0, 1, 0, 0}, java.util.Arrays.copyOf(design.column("b_delay_0"), 5), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0}, java.util.Arrays.copyOf(design.column("b_delay_1"), 5), 1e-12);
        double[] d1 = design.column("drift_1");
        double[] d2 = design.column("drift_2");
        double[] one = design.column("constant");
        assertEquals(0, dot(d1, one), 1e-10);
        assertEquals(0, dot(d2, one), 1e-10);
        assertEquals(0, dot(d1, d2), 1e-10);
        assertEquals(times[29] / times[29], one[29]);
        assertArrayEquals(motion[7], new double[] {design.column("tx")[7], design.column("ty")[7]}, 0);
        assertEquals(List.of("constant"), FirstLevelDesign.make(times, List.of(), null,
                DesignConfig.DEFAULT.withDrift(DriftModel.NONE, 0.01, 1)).names());
    }

    @Test
    void derivativeColumnsAreOrthogonalToTheResponse() {
        DesignMatrix design = FirstLevelDesign.make(SPM_TIMES, List.of(TaskEvent.of(20, 5, "x"), TaskEvent.of(61, 0, "x")),
                null, DesignConfig.DEFAULT.withHrfModel(HrfModel.SPM_DERIVATIVE_DISPERSION));
        double[] x = design.column("x");
        assertEquals(0, dot(x, design.column("x_derivative")), 1e-12);
        assertEquals(0, dot(x, design.column("x_dispersion")), 1e-12);
        assertEquals(0, dot(design.column("x_derivative"), design.column("x_dispersion")), 1e-12);
        assertEquals("drift_1", design.names().get(3));
    }

    @Test
    void validationNamesTheProblem() {
        double[] times = FirstLevelDesign.frameTimes(10, 2, 0);
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> FirstLevelDesign.make(times,
                List.of(TaskEvent.of(2, 1, "a"), TaskEvent.of(20, 1, "b")), null, DesignConfig.DEFAULT));
        assertTrue(late.getMessage().contains("event 1 (b, onset 20.0 s") && late.getMessage().contains("[0, 20.0)"),
                late.getMessage());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> FirstLevelDesign.make(
                times, List.of(TaskEvent.of(-5, 2, "a")), null, DesignConfig.DEFAULT));
        assertTrue(early.getMessage().contains("event 0"), early.getMessage());
        DesignMatrix warned = FirstLevelDesign.make(times, List.of(TaskEvent.of(-5, 2, "a"), TaskEvent.of(25, 1, "b")),
                null, DesignConfig.DEFAULT.withOutOfRunEvents(OutOfRunEvents.WARN));
        assertEquals(2, warned.warnings().stream().filter(w -> w.contains("outside the run")).count());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, () -> FirstLevelDesign.make(times,
                List.of(), Confounds.unnamed(new double[12][2]), DesignConfig.DEFAULT));
        assertTrue(rows.getMessage().contains("12 rows") && rows.getMessage().contains("10 scans"), rows.getMessage());
        IllegalArgumentException duration = assertThrows(IllegalArgumentException.class, () -> FirstLevelDesign.make(
                times, List.of(TaskEvent.of(1, Double.NaN, "a")), null, DesignConfig.DEFAULT));
        assertTrue(duration.getMessage().contains("event 0: duration"), duration.getMessage());
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> FirstLevelDesign.make(
                times, List.of(TaskEvent.of(1, 1, "constant")), null, DesignConfig.DEFAULT));
        assertTrue(clash.getMessage().contains("not unique: [constant]"), clash.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DesignConfig.DEFAULT.withOversampling(0));
        assertThrows(IllegalArgumentException.class, () -> FirstLevelDesign.make(new double[] {0, 2, 1}, List.of(),
                null, DesignConfig.DEFAULT));
    }

    @Test
    void defaultsAreNilearns() {
        DesignConfig d = DesignConfig.DEFAULT;
        assertEquals(HrfModel.GLOVER, d.hrfModel());
        assertEquals(DriftModel.COSINE, d.driftModel());
        assertEquals(0.01, d.highPassHz());
        assertEquals(50, d.oversampling());
        assertEquals(-24, d.minOnset());
        assertEquals(List.of(0), d.firDelays());
        assertEquals(NoiseModel.AR1, GlmConfig.DEFAULT.noiseModel());
        assertEquals(100, GlmConfig.DEFAULT.bins());
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Pearson correlation, as numpy's corrcoef gives it. */
    private static double correlation(double[] a, double[] b) {
        return TraceCorrelation.matrix(new double[][] {a, b})[0][1];
    }
}
