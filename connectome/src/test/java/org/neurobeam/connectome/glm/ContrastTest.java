package org.neurobeam.connectome.glm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contrast expression parser, F contrasts vs statsmodels, and t/F/z consistency. */
class ContrastTest {

    private static final List<String> NAMES = List.of("face", "house", "face_derivative", "drift_1", "constant");

    private static GlmResult fixtureFit() {
        double[][] x = Fixture.matrix(Fixture.glm().get("X"));
        DesignMatrix design = new DesignMatrix(FirstLevelDesign.frameTimes(x.length, 2, 0),
                List.of("constant", "trend", "a", "b"), x, List.of());
        return GlmFit.fit(design, Fixture.matrix(Fixture.glm().get("Y_ols")), GlmConfig.OLS);
    }

    @Test
    void parsesLinearExpressions() {
        assertArrayEquals(new double[] {1, -1, 0, 0, 0}, ContrastExpression.parse("face - house", NAMES));
        assertArrayEquals(new double[] {2, -0.5, 0, 0, 0}, ContrastExpression.parse("2*face - 0.5 house", NAMES));
        assertArrayEquals(new double[] {-1, 0, 0, 0, 0}, ContrastExpression.parse("-face", NAMES));
        assertArrayEquals(new double[] {0, 0, 3, 0, 0}, ContrastExpression.parse("face_derivative*3", NAMES));
        assertArrayEquals(new double[] {0.5, 0, 0, 0, 0}, ContrastExpression.parse("face - 0.5*face", NAMES));
        assertArrayEquals(new double[] {0, 0, 0, 1e-3, 1}, ContrastExpression.parse(" + 1e-3 drift_1 + constant ",
                NAMES));
        assertArrayEquals(new double[] {0, 1}, ContrastExpression.parse("odd-name", List.of("x", "odd-name")));
        assertArrayEquals(new double[] {2, 0, 0, 0, 0, 0}, ContrastExpression.parse("2effect",
                List.of("effect", "house", "face_derivative", "drift_1", "constant", "e")));
    }

    @Test
    void rejectsMalformedExpressions() {
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> ContrastExpression.parse("face - tree", NAMES)).getMessage();
        assertTrue(unknown.contains("unknown column 'tree'") && unknown.contains("house"), unknown);
        String constant = assertThrows(IllegalArgumentException.class,
                () -> ContrastExpression.parse("face - 2", NAMES)).getMessage();
        assertTrue(constant.contains("constant terms"), constant);
        String operator = assertThrows(IllegalArgumentException.class,
                () -> ContrastExpression.parse("face house", NAMES)).getMessage();
        assertTrue(operator.contains("expected '+' or '-' at position 5"), operator);
        assertThrows(IllegalArgumentException.class, () -> ContrastExpression.parse(" ", NAMES));
        assertThrows(IllegalArgumentException.class, () -> ContrastExpression.parse("face / 2", NAMES));
    }

    @Test
    void fContrastMatchesStatsmodels() {
        JsonNode ref = Fixture.glm().get("ols");
        FContrast f = FContrast.of(fixtureFit(), List.of("a", "b"));
        double worst = 0;
        for (int u = 0; u < 3; u++) {
            double fv = ref.get("f").get(u).asDouble();
            double p = ref.get("f_p").get(u).asDouble();
            worst = Math.max(worst, Math.abs(f.f()[u] - fv) / fv);
            worst = Math.max(worst, Math.abs(f.p()[u] - p) / p);
        }
        System.out.printf("F contrast [a; b] vs statsmodels f_test: max relative diff of F, p = %.3e%n", worst);
        assertTrue(worst < 1e-10, "F " + worst);
        assertEquals(2, f.dfNum());
        assertEquals(56, f.dfDen());
    }

    @Test
    void oneRowFIsTSquaredAndZFollowsP() {
        GlmResult fit = fixtureFit();
        TContrast t = TContrast.of(fit, "a - b");
        FContrast f = FContrast.of(fit, new double[][] {{0, 0, 1, -1}});
        for (int u = 0; u < 3; u++) {
            assertEquals(t.t()[u] * t.t()[u], f.f()[u], 1e-10 * f.f()[u]);
            assertEquals(Normal.isf(t.p()[u]), t.z()[u], 1e-9 * Math.max(1, Math.abs(t.z()[u])));
            assertEquals(t.effect()[u] / t.stderr()[u], t.t()[u], 1e-12 * Math.abs(t.t()[u]));
        }
        // the upper-tail p of -a + b is the lower tail of a - b
        TContrast reversed = TContrast.of(fit, "b - a");
        assertEquals(1 - t.p()[1], reversed.p()[1], 1e-14);
        assertEquals(-t.z()[1], reversed.z()[1], 1e-9);
    }

    @Test
    void rejectsBadContrasts() {
        GlmResult fit = fixtureFit();
        assertThrows(IllegalArgumentException.class, () -> TContrast.of(fit, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> TContrast.of(fit, new double[] {0, 0, 0, 0}));
        String dependent = assertThrows(IllegalArgumentException.class,
                () -> FContrast.of(fit, List.of("a - b", "2*a - 2*b"))).getMessage();
        assertTrue(dependent.contains("linearly dependent (rank 1 of 2 rows)"), dependent);
    }
}
