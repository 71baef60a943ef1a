package org.neurobeam.encoders.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/**
 * Ridge and logistic regression against scikit-learn's fits (make_fixtures.py beside reference.json). Ridge is closed
 * form on both sides (1e-9); sklearn's lbfgs logistic fit stops within about 1e-5 of the optimum Newton reaches, hence
 * 1e-4 on coefficients and probabilities.
 */
class LinearModelsTest {

    private static final JsonNode REF;

    static {
        try {
            REF = SharedData.json(Path.of(LinearModelsTest.class.getResource("reference.json").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[][] matrix(String key) {
        JsonNode rows = REF.get(key);
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = SharedData.numbers(rows.get(i));
        }
        return out;
    }

    private static int[] labels(String key) {
        return java.util.Arrays.stream(SharedData.numbers(REF.get(key))).mapToInt(v -> (int) v).toArray();
    }

    @Test
    void ridgeMatchesScikitLearnInPrimalAndDualForm() {
        double[][] x = matrix("x");
        double[] y = SharedData.numbers(REF.get("y"));
        for (String alpha : new String[] {"1", "100"}) {
            RidgeRegression ridge = RidgeRegression.fit(x, y, Double.parseDouble(alpha));
            JsonNode expected = REF.get("ridge_" + alpha);
            assertArrayEquals(SharedData.numbers(expected.get("coef")), ridge.coefficients(), 1e-9, alpha);
            assertEquals(expected.get("intercept").asDouble(), ridge.intercept(), 1e-9, alpha);
        }
        RidgeRegression wide = RidgeRegression.fit(matrix("wide"), SharedData.numbers(REF.get("wide_y")), 1.0);
        assertArrayEquals(SharedData.numbers(REF.get("ridge_wide").get("coef")), wide.coefficients(), 1e-9);
        assertEquals(REF.get("ridge_wide").get("intercept").asDouble(), wide.intercept(), 1e-9);
    }

    @Test
    void logisticMatchesScikitLearnBinaryAndMultinomial() {
        double[][] x = matrix("x");
        for (String c : new String[] {"100", "0.5"}) {
            for (String task : new String[] {"binary", "three"}) {
                int[] labels = labels(task);
                int classes = task.equals("binary") ? 2 : 3;
                LogisticRegression fit = LogisticRegression.fit(x, labels, classes, Double.parseDouble(c));
                JsonNode expected = REF.get("logistic_" + task + "_" + c);
                assertEquals(expected.get("coef").size(), fit.coefficients().length);
                for (int r = 0; r < fit.coefficients().length; r++) {
                    assertArrayEquals(SharedData.numbers(expected.get("coef").get(r)), fit.coefficients()[r], 1e-4,
                            task + " C=" + c + " row " + r);
                }
                LogisticRegression reference = new LogisticRegression(matrix2(expected.get("coef")),
                        SharedData.numbers(expected.get("intercept")));
                for (double[] row : x) {
                    assertArrayEquals(reference.probabilities(row), fit.probabilities(row), 1e-4, task + " C=" + c);
                }
            }
        }
    }

    @Test
    void wideLogisticFitInSampleCoordinatesMatchesScikitLearn() {
        double[][] x = matrix("tall_wide");
        for (String task : new String[] {"binary", "three"}) {
            LogisticRegression fit = LogisticRegression.fit(x, labels("wide_" + task), task.equals("binary") ? 2 : 3,
                    100);
            JsonNode expected = REF.get("logistic_wide_" + task);
            LogisticRegression reference = new LogisticRegression(matrix2(expected.get("coef")),
                    SharedData.numbers(expected.get("intercept")));
            for (int r = 0; r < fit.coefficients().length; r++) {
                assertEquals(300, fit.coefficients()[r].length);
                assertArrayEquals(reference.coefficients()[r], fit.coefficients()[r], 1e-4, task + " row " + r);
            }
            for (double[] row : x) {
                assertArrayEquals(reference.probabilities(row), fit.probabilities(row), 1e-4, task);
            }
        }
    }

    private static double[][] matrix2(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = SharedData.numbers(rows.get(i));
        }
        return out;
    }
}
