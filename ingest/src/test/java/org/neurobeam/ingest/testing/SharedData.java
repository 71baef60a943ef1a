package org.neurobeam.ingest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to the team's reference corpus in {@code ../shared/data} (see its MANIFEST.md): files written by
 * nibabel, MNE, EDFlib and friends, with the values those tools read back from them.
 */
public final class SharedData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedData() {
    }

    /** The corpus root: system property {@code neurobeam.shared.data}, else {@code ../shared/data}. */
    public static Path root() {
        String configured = System.getProperty("neurobeam.shared.data");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "..", "shared", "data");
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("reference corpus not found at " + root.toAbsolutePath()
                    + " (set -Dneurobeam.shared.data)");
        }
        return root.toAbsolutePath().normalize();
    }

    /** A file of the corpus, by its path relative to the root. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** Parses a reference JSON file. */
    public static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A number from a reference file; the corpus writes non-finite values as the strings
     * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} because JSON has none.
     */
    public static double number(JsonNode node) {
        if (node.isTextual()) {
            return Double.parseDouble(node.asText());
        }
        if (node.isNull()) {
            return Double.NaN;
        }
        return node.asDouble();
    }

    /** A JSON array of numbers as a {@code double[]}. */
    public static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(array.get(i));
        }
        return values;
    }
}
