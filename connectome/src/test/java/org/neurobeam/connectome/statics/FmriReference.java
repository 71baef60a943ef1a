package org.neurobeam.connectome.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.testing.SharedData;

/** The nitime fMRI ROI signals (250 × 31) and the numpy / scikit-learn values in fmri_timeseries.ref.json. */
final class FmriReference {

    static final double RELATIVE = 1e-10;

    private static final JsonNode REF = SharedData.json(SharedData.file("timeseries/fmri_timeseries.ref.json"));

    private FmriReference() {
    }

    /** The signals [time][region], header skipped. */
    static double[][] signals() {
        try {
            List<String> lines = Files.readAllLines(SharedData.file("timeseries/fmri_timeseries.csv"));
            return lines.stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode node(String... path) {
        JsonNode n = REF;
        for (String key : path) {
            n = n.get(key);
        }
        return n;
    }

    static double[][] matrix(String... path) {
        JsonNode n = node(path);
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = SharedData.numbers(n.get(i));
        }
        return m;
    }

    static double number(String... path) {
        return SharedData.number(node(path));
    }

    /**
     * Asserts |actual − expected| ≤ relative · |expected| entrywise (and exact zeros where expected is 0),
     * printing the largest absolute, matrix-relative and entrywise relative differences.
     */
    static void assertMatrixClose(double[][] expected, double[][] actual, double relative, String what) {
        assertEquals(expected.length, actual.length, what + ": rows");
        double scale = 0;
        double maxAbs = 0;
        double maxEntryRel = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, what + ": columns");
            for (int j = 0; j < expected[i].length; j++) {
                double d = Math.abs(actual[i][j] - expected[i][j]);
                scale = Math.max(scale, Math.abs(expected[i][j]));
                maxAbs = Math.max(maxAbs, d);
                maxEntryRel = Math.max(maxEntryRel, expected[i][j] == 0 ? (d == 0 ? 0 : Double.POSITIVE_INFINITY)
                        : d / Math.abs(expected[i][j]));
            }
        }
        System.out.printf(Locale.ROOT, "%-48s max|diff| %.3e  relative to max|ref| %.3e  max entrywise rel %.3e%n",
                what, maxAbs, maxAbs / scale, maxEntryRel);
        assertTrue(maxEntryRel <= relative, what + ": entrywise relative difference " + maxEntryRel);
    }

    static void assertScalarClose(double expected, double actual, double relative, String what) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        System.out.printf(Locale.ROOT, "%-48s %.17g vs %.17g  rel %.3e%n", what, actual, expected, rel);
        assertTrue(rel <= relative, what + ": " + actual + " vs " + expected);
    }
}
