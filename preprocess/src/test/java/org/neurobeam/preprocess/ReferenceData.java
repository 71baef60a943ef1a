package org.neurobeam.preprocess;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neurobeam.ingest.testing.SharedData;

/** Reads the shared corpus' numeric CSV/text tables and the ROI time-series reference. */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** A numeric table; a first line that does not parse as numbers is taken as a header and skipped. */
    public static double[][] table(String relative) {
        try {
            List<String> lines = Files.readAllLines(SharedData.file(relative));
            int start = lines.get(0).matches("^[\\s\\d.eE+,-]+$") ? 0 : 1;
            return lines.subList(start, lines.size()).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> java.util.Arrays.stream(line.trim().split("[,\\s]+"))
                            .mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 250 x 31 ROI time series. */
    public static double[][] fmri() {
        return table("timeseries/fmri_timeseries.csv");
    }

    /** fmri_timeseries.ref.json. */
    public static JsonNode fmriReference() {
        return SharedData.json(SharedData.file("timeseries/fmri_timeseries.ref.json"));
    }

    /** Largest absolute element-wise difference. */
    public static double maxAbsDiff(double[][] expected, double[][] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError("row count " + actual.length + " != " + expected.length);
        }
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].length != actual[i].length) {
                throw new AssertionError("row " + i + " length " + actual[i].length + " != " + expected[i].length);
            }
            for (int j = 0; j < expected[i].length; j++) {
                max = Math.max(max, Math.abs(expected[i][j] - actual[i][j]));
            }
        }
        return max;
    }

    /** Path of a file in the corpus. */
    public static Path file(String relative) {
        return SharedData.file(relative);
    }
}
