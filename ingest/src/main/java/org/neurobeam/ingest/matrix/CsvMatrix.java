package org.neurobeam.ingest.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;

/**
 * Parses a numeric CSV matrix as {@code numpy.savetxt(..., delimiter=",")} and pandas
 * {@code to_csv(index=False)} write it: comma-separated cells, one row per line, blank lines skipped,
 * an optional header line (taken as one when any of its cells is not a number). Cells parse with
 * {@link Double#parseDouble} plus numpy's spellings {@code nan}, {@code inf}, {@code -inf}; every row
 * must have the header's (or first row's) width, and there must be at least one.
 */
final class CsvMatrix {

    private final List<String> names;
    private final double[][] rows;

    private CsvMatrix(List<String> names, double[][] rows) {
        this.names = names;
        this.rows = rows;
    }

    static CsvMatrix read(Path file) throws IOException {
        List<String> names = List.of();
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (width < 0 && !Arrays.stream(cells).allMatch(CsvMatrix::isNumber)) {
                    names = Arrays.stream(cells).map(String::strip).toList();
                    width = cells.length;
                    continue;
                }
                width = width < 0 ? cells.length : width;
                Checks.input(cells.length == width, file, "line " + lineNumber, "expected %d cells, got %d", width,
                        cells.length);
                double[] row = new double[width];
                for (int j = 0; j < width; j++) {
                    Checks.input(isNumber(cells[j]), file, "line " + lineNumber,
                            "cell %d ('%s') is not a number", j + 1, cells[j].strip());
                    row[j] = parse(cells[j]);
                }
                rows.add(row);
            }
        }
        Checks.input(!rows.isEmpty(), file, null, "no data rows");
        return new CsvMatrix(names, rows.toArray(new double[0][]));
    }

    List<String> names() {
        return names;
    }

    double[][] rows() {
        return rows;
    }

    private static boolean isNumber(String cell) {
        try {
            parse(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double parse(String cell) {
        String s = cell.strip();
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (s.isEmpty() || s.endsWith("d") || s.endsWith("D") || s.endsWith("f") || s.endsWith("F")) {
                    throw new NumberFormatException(s);
                }
                yield Double.parseDouble(s);
            }
        };
    }
}
