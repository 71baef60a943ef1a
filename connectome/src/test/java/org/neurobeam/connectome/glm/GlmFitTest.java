package org.neurobeam.connectome.glm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/** OLS and AR(1) fits against statsmodels (glm_fixture.json), planted-truth AR(1) simulations, rank checks. */
class GlmFitTest {

    private static DesignMatrix fixtureDesign() {
        double[][] x = Fixture.matrix(Fixture.glm().get("X"));
        double[] times = FirstLevelDesign.frameTimes(x.length, 2, 0);
        return new DesignMatrix(times, List.of("constant", "trend", "a", "b"), x, List.of());
    }

    private static double check(GlmResult fit, JsonNode ref, String label) {
        TContrast t = TContrast.of(fit, "a - b");
        double worst = 0;
        double[][] betas = fit.betas();
        for (int u = 0; u < fit.units(); u++) {
            double[] params = SharedData.numbers(ref.get("params").get(u));
            for (int j = 0; j < params.length; j++) {
                worst = Math.max(worst, Math.abs(betas[j][u] - params[j]) / Math.max(1, Math.abs(params[j])));
            }
            double scale = ref.get("scale").get(u).asDouble();
            worst = Math.max(worst, Math.abs(fit.residualVariance()[u] - scale) / scale);
            double tv = ref.get("t").get(u).asDouble();
            worst = Math.max(worst, Math.abs(t.t()[u] - tv) / Math.max(1, Math.abs(tv)));
            double p = ref.get("p").get(u).asDouble();
            worst = Math.max(worst, Math.abs(t.p()[u] - p) / p);
        }
        System.out.printf("%s vs statsmodels: max relative diff of betas, sigma^2, t, p = %.3e%n", label, worst);
        return worst;
    }

    @Test
    void olsMatchesStatsmodels() {
        JsonNode ref = Fixture.glm().get("ols");
        GlmResult fit = GlmFit.fit(fixtureDesign(), Fixture.matrix(Fixture.glm().get("Y_ols")), GlmConfig.OLS);
        assertEquals(ref.get("df_resid").asInt(), fit.dof());
        assertTrue(check(fit, ref, "OLS") < 1e-10);
        assertTrue(Double.isNaN(fit.ar1()[0]));
    }

    @Test
    void ar1MatchesWhitenedStatsmodels() {
        JsonNode ref = Fixture.glm().get("ar1");
        GlmResult fit = GlmFit.fit(fixtureDesign(), Fixture.matrix(Fixture.glm().get("Y_ar1")), GlmConfig.DEFAULT);
        for (int u = 0; u < 3; u++) {
            assertEquals(ref.get("rho").get(u).asDouble(), fit.ar1()[u], 0);
        }
        assertTrue(check(fit, ref, "AR(1)") < 1e-10);
    }

    /** Null simulations: 2000 units of AR(1) noise (rho 0.4, seeded) under a slow block design, TR 2 s. */
    private static double[] simulate(DriftModel drift) {
        int scans = 200;
        int units = 2000;
        double tr = 2;
        List<TaskEvent> events = new ArrayList<>();
        for (double onset = 10; onset < scans * tr - 30; onset += 60) {
            events.add(TaskEvent.of(onset, 30, "task"));
        }
        DesignMatrix design = FirstLevelDesign.make(FirstLevelDesign.frameTimes(scans, tr, 0), events, null,
                DesignConfig.DEFAULT.withDrift(drift, 0.01, 1));
        Random random = new Random(42);
        double[][] y = new double[scans][units];
        for (int u = 0; u < units; u++) {
            double previous = random.nextGaussian() / Math.sqrt(1 - 0.16);
            for (int t = 0; t < scans; t++) {
                double noise = t == 0 ? previous : 0.4 * previous + random.nextGaussian();
                previous = noise;
                y[t][u] = 100 + noise;
            }
        }
        GlmResult ar1 = GlmFit.fit(design, y, GlmConfig.DEFAULT);
        GlmResult ols = GlmFit.fit(design, y, GlmConfig.OLS);
        double meanRho = 0;
        for (double r : ar1.ar1()) {
            meanRho += r / units;
        }
        double ar1Rate = rate(TContrast.of(ar1, "task").p());
        double olsRate = rate(TContrast.of(ols, "task").p());
        System.out.printf("planted rho 0.4, drift %s (%d columns): mean estimated rho (truncated to 1/100) %.4f;"
                + " null false-positive rate at p < 0.05: AR(1) %.4f, OLS %.4f (binomial sd %.4f)%n", drift,
                design.columns(), meanRho, ar1Rate, olsRate, SIGMA);
        return new double[] {meanRho, ar1Rate, olsRate};
    }

    private static final double SIGMA = Math.sqrt(0.05 * 0.95 / 2000);

    @Test
    void plantedAr1IsRecoveredAndCalibratesTheTests() {
        double[] r = simulate(DriftModel.NONE);
        // Yule-Walker on OLS residuals is biased by about -(1 + 3 rho) / n, truncation by -1/(2 bins)
        assertEquals(0.4, r[0], 0.04);
        assertEquals(0.05, r[1], 3 * SIGMA);
        assertTrue(r[2] > 0.05 + 5 * SIGMA, "OLS rate " + r[2]);
    }

    @Test
    void withCosineDriftsTheResidualAutocorrelationIsUnderestimated() {
        // nilearn's default design: the 8 cosines absorb low-frequency noise, so residual rho is biased low
        // (no ReML correction as in SPM) and the AR(1) tests stay somewhat liberal, though far better than OLS
        double[] r = simulate(DriftModel.COSINE);
        assertTrue(r[0] < 0.37 && r[0] > 0.25, "rho " + r[0]);
        assertTrue(r[1] < r[2] - 5 * SIGMA, "AR(1) " + r[1] + " OLS " + r[2]);
        assertTrue(r[1] < 0.05 + 5 * SIGMA, "AR(1) rate " + r[1]);
    }

    private static double rate(double[] p) {
        int hits = 0;
        for (double v : p) {
            hits += v < 0.05 ? 1 : 0;
        }
        return hits / (double) p.length;
    }

    @Test
    void yuleWalkerAndBinsFollowNilearn() {
        // autocovariances over n - k: (-3 / 3) / (4 / 4)
        assertEquals(-1, Ar1.yuleWalker(new double[] {1, -1, 1, -1}), 1e-15);
        assertEquals(0, Ar1.yuleWalker(new double[] {2, 2, 2}));
        // numpy's astype(int) truncates toward zero
        assertEquals(-23, Ar1.bin(-0.237, 100));
        assertEquals(99, Ar1.bin(0.999, 100));
        assertEquals(0, Ar1.bin(-0.004, 100));
    }

    @Test
    void meanScalingIsPercentOfTheTemporalMean() {
        double[][] scaled = MeanScaling.percentOfMean(new double[][] {{90, 0.2}, {110, -0.2}, {100, 0.3}});
        assertEquals(-10, scaled[0][0], 1e-12);
        assertEquals(10, scaled[1][0], 1e-12);
        assertEquals(0, scaled[2][0], 1e-12);
        // a mean below 1 is replaced by 1, as nilearn does
        assertEquals(100 * (0.3 - 1), scaled[2][1], 1e-12);
    }

    @Test
    void rankDeficientDesignNamesTheColumns() {
        double[] times = FirstLevelDesign.frameTimes(20, 1, 0);
        double[][] x = new double[20][4];
        for (int i = 0; i < 20; i++) {
            x[i][0] = Math.sin(i);
            x[i][1] = i;
            x[i][2] = 2 * i + 1;
            x[i][3] = 1;
        }
        DesignMatrix design = new DesignMatrix(times, List.of("s", "a", "b", "constant"), x, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GlmFit.fit(design, new double[20][1], GlmConfig.OLS));
        assertTrue(e.getMessage().contains("rank 3 of 4") && e.getMessage().contains("[a, b, constant]"),
                e.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> GlmFit.fit(fixtureDesign(), new double[10][2], GlmConfig.OLS));
        assertTrue(rows.getMessage().contains("expected 60 rows"), rows.getMessage());
        double[][] bad = Fixture.matrix(Fixture.glm().get("Y_ols"));
        bad[3][1] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> GlmFit.fit(fixtureDesign(), bad, GlmConfig.OLS));
    }
}
