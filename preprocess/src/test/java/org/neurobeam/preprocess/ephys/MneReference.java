package org.neurobeam.preprocess.ephys;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.neurobeam.preprocess.Fixtures;

/**
 * MNE-Python 1.3 reference values under src/test/resources/ephys (made by make_ephys_fixtures.py) and
 * the error measure the tests use: max |actual - expected| / max |expected|.
 */
public final class MneReference {

    private MneReference() {
    }

    /** A fixture file of the ephys folder. */
    public static JsonNode load(String name) {
        try {
            return Fixtures.json("ephys/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Relative error of a vector. */
    public static double relative(double[] expected, double[] actual) {
        return relative(new double[][] {expected}, new double[][] {actual});
    }

    /** Relative error of a matrix; shapes must agree. */
    public static double relative(double[][] expected, double[][] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError("rows " + actual.length + " != " + expected.length);
        }
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].length != actual[i].length) {
                throw new AssertionError("row " + i + " length " + actual[i].length + " != " + expected[i].length);
            }
            for (int j = 0; j < expected[i].length; j++) {
                diff = Math.max(diff, Math.abs(expected[i][j] - actual[i][j]));
                scale = Math.max(scale, Math.abs(expected[i][j]));
            }
        }
        return diff / scale;
    }

    /** Every {@code stride}-th sample of a channel, as the fixtures store long outputs. */
    public static double[] strided(double[] x, int stride) {
        double[] out = new double[(x.length + stride - 1) / stride];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i * stride];
        }
        return out;
    }

    /** Prints a measured difference so test logs carry the numbers reported against MNE. */
    public static void report(String what, double error) {
        System.out.printf(java.util.Locale.ROOT, "[MNE comparison] %s: %.3e%n", what, error);
    }
}
