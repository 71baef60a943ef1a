package org.neurobeam.connectome.glm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Log-gamma, normal, t and F against closed forms and scipy.stats values (glm_fixture.json). */
class DistributionsTest {

    private static double rel(double a, double b) {
        return a == b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    @Test
    void logGammaMatchesFactorialsAndHalfIntegers() {
        double worst = 0;
        double factorial = 1;
        for (int n = 1; n <= 30; n++) {
            worst = Math.max(worst, Math.abs(LogGamma.of(n) - Math.log(factorial)));
            factorial *= n;
        }
        worst = Math.max(worst, Math.abs(LogGamma.of(0.5) - 0.5 * Math.log(Math.PI)));
        worst = Math.max(worst, rel(Math.exp(LogGamma.of(3.5)), 15.0 / 8 * Math.sqrt(Math.PI)));
        System.out.printf("log-gamma vs factorials / half-integers: max diff %.3e%n", worst);
        assertTrue(worst < 1e-13, "log-gamma " + worst);
        assertThrows(IllegalArgumentException.class, () -> LogGamma.of(0));
    }

    @Test
    void tAndFClosedForms() {
        double worst = 0;
        for (double t : new double[] {-30, -3, -1, -0.2, 0, 0.4, 1, 2.5, 12, 100}) {
            // nu = 1 (Cauchy): sf = 1/2 - atan(t)/pi; nu = 2: sf = 1/2 - t / (2 sqrt(2 + t^2))
            worst = Math.max(worst, rel(StudentT.sf(t, 1), t > 0 ? Math.atan(1 / t) / Math.PI
                    : 0.5 - Math.atan(t) / Math.PI));
            worst = Math.max(worst, rel(StudentT.cdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t))));
            // F(1, nu) = T^2: P(F > t^2) = 2 P(T > |t|)
            if (t != 0) {
                worst = Math.max(worst, rel(FisherF.sf(t * t, 1, 7), 2 * StudentT.sf(Math.abs(t), 7)));
            }
        }
        for (double f : new double[] {0.01, 0.3, 1, 4, 25, 400}) {
            // d1 = 2: sf = (1 + 2 f / d2)^(-d2 / 2)
            for (double d2 : new double[] {1, 5, 60}) {
                worst = Math.max(worst, rel(FisherF.sf(f, 2, d2), Math.pow(1 + 2 * f / d2, -d2 / 2)));
                worst = Math.max(worst, rel(FisherF.cdf(f, 2, d2) + FisherF.sf(f, 2, d2), 1));
            }
        }
        System.out.printf("t / F closed forms: max relative diff %.3e%n", worst);
        assertTrue(worst < 1e-12, "closed forms " + worst);
        assertEquals(0.5, StudentT.sf(0, 10), 0);
        assertThrows(IllegalArgumentException.class, () -> StudentT.sf(1, 0));
    }

    @Test
    void matchesScipy() {
        JsonNode d = Fixture.glm().get("distributions");
        double tWorst = 0;
        for (JsonNode r : d.get("t")) {
            tWorst = Math.max(tWorst, rel(StudentT.sf(r.get("t").asDouble(), r.get("dof").asDouble()),
                    r.get("sf").asDouble()));
            tWorst = Math.max(tWorst, rel(StudentT.cdf(r.get("t").asDouble(), r.get("dof").asDouble()),
                    r.get("cdf").asDouble()));
        }
        double fWorst = 0;
        for (JsonNode r : d.get("f")) {
            double f = r.get("f").asDouble();
            double d1 = r.get("d1").asDouble();
            double d2 = r.get("d2").asDouble();
            fWorst = Math.max(fWorst, rel(FisherF.sf(f, d1, d2), r.get("sf").asDouble()));
            fWorst = Math.max(fWorst, rel(FisherF.cdf(f, d1, d2), r.get("cdf").asDouble()));
        }
        double nWorst = 0;
        for (JsonNode r : d.get("norm_ppf")) {
            nWorst = Math.max(nWorst, rel(Normal.ppf(r.get("p").asDouble()), r.get("ppf").asDouble()));
            nWorst = Math.max(nWorst, rel(Normal.isf(r.get("p").asDouble()), r.get("isf").asDouble()));
        }
        for (JsonNode r : d.get("norm_sf")) {
            nWorst = Math.max(nWorst, rel(Normal.sf(r.get("x").asDouble()), r.get("sf").asDouble()));
            nWorst = Math.max(nWorst, rel(Normal.cdf(r.get("x").asDouble()), r.get("cdf").asDouble()));
        }
        System.out.printf("vs scipy: t max rel %.3e, F max rel %.3e, normal max rel %.3e%n", tWorst, fWorst, nWorst);
        assertTrue(tWorst < 1e-10, "t " + tWorst);
        assertTrue(fWorst < 1e-10, "F " + fWorst);
        assertTrue(nWorst < 1e-10, "normal " + nWorst);
    }

    @Test
    void normalClosedFormsAndZScores() {
        assertEquals(0.5, Normal.cdf(0), 1e-16);
        assertEquals(0, Normal.ppf(0.5), 1e-16);
        // Phi(1) - Phi(-1) = erf(1 / sqrt 2); P(|Z| > 1.959963984540054) = 0.05
        assertEquals(0.6826894921370859, Normal.cdf(1) - Normal.cdf(-1), 1e-15);
        assertEquals(1.959963984540054, Normal.isf(0.025), 1e-14);
        assertEquals(Double.NEGATIVE_INFINITY, Normal.ppf(0));
        // nilearn's z: isf(p) for p <= 1/2, ppf(1 - p) otherwise, both clipped
        assertEquals(Normal.isf(1e-5), Normal.zScore(1e-5, 1 - 1e-5), 0);
        assertEquals(Normal.ppf(1e-30), Normal.zScore(1 - 1e-30, 1e-30), 0);
        assertEquals(Normal.isf(1e-300), Normal.zScore(0, 1), 0);
        assertThrows(IllegalArgumentException.class, () -> Normal.ppf(1.5));
    }
}
