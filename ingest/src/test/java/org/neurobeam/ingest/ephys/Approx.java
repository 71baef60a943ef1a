package org.neurobeam.ingest.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

/**
 * Relative comparisons for reference values, recording the largest relative difference seen per
 * label so a test class can print what it measured.
 */
public final class Approx {

    private final Map<String, Double> worst = new TreeMap<>();

    /** |actual - expected| <= rel * |expected| (exact when expected is 0). */
    public void close(double expected, double actual, double rel, String what) {
        double diff = Math.abs(actual - expected);
        double scale = Math.abs(expected);
        record(what, scale == 0 ? diff : diff / scale);
        assertTrue(diff <= rel * scale, () -> what + ": expected " + expected + ", got " + actual + " (rel diff "
                + diff / scale + ")");
    }

    /** Element-wise {@link #close(double, double, double, String)}. */
    public void close(double[] expected, double[] actual, double rel, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            close(expected[i], actual[i], rel, what + "[" + i + "]");
        }
    }

    /**
     * A sum compared relative to the sum of magnitudes, its floating-point condition: two correct
     * summations of the same terms in different orders differ by about eps * sum |x|.
     */
    public void sum(double expected, double[] values, double rel, String what) {
        double sum = 0;
        double magnitude = 0;
        for (double v : values) {
            sum += v;
            magnitude += Math.abs(v);
        }
        double diff = Math.abs(sum - expected);
        record(what + " (rel. to sum|x|)", diff / magnitude);
        double got = sum;
        assertTrue(diff <= rel * magnitude, () -> what + ": expected " + expected + ", got " + got);
    }

    private void record(String what, double rel) {
        String key = what.replaceAll("\\[\\d+]", "[]");
        worst.merge(key.substring(0, Math.min(key.length(), 60)), rel, Math::max);
    }

    /** The largest relative difference per kind of value, over all labels. */
    public String report() {
        Map<String, Double> byKind = new TreeMap<>();
        worst.forEach((k, v) -> byKind.merge(k.replaceAll("^[^:]*: ", ""), v, Math::max));
        StringBuilder out = new StringBuilder();
        byKind.forEach((k, v) -> out.append(String.format("  %-50s %.3g%n", k, v)));
        return out.toString();
    }
}
