package org.neurobeam.connectome.glm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.testing.SharedData;

/** Reference data: glm_fixture.json (written by glm_fixture.py beside it) and the shared hrf/ corpus. */
final class Fixture {

    private static final JsonNode GLM = load();

    private Fixture() {
    }

    static JsonNode glm() {
        return GLM;
    }

    static JsonNode spmReference() {
        return SharedData.json(SharedData.file("hrf/spm_hrf.ref.json"));
    }

    static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = SharedData.numbers(rows.get(i));
        }
        return m;
    }

    /** A CSV of the shared corpus, its first {@code skip} lines left out. */
    static double[][] csv(String relative, int skip) {
        try {
            List<double[]> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(SharedData.file(relative));
            for (String line : lines.subList(skip, lines.size())) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",");
                    double[] row = new double[cells.length];
                    for (int j = 0; j < cells.length; j++) {
                        row[j] = Double.parseDouble(cells[j].trim());
                    }
                    rows.add(row);
                }
            }
            return rows.toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double maxAbsDiff(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths " + a.length + " and " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    static double[] column(double[][] m, int j) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][j];
        }
        return c;
    }

    private static JsonNode load() {
        try (InputStream in = Fixture.class.getResourceAsStream("glm_fixture.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
