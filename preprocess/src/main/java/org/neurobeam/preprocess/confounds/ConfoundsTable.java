package org.neurobeam.preprocess.confounds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The columns of an fMRIPrep {@code *_desc-confounds_timeseries.tsv}: UTF-8, tab-separated, one header
 * line, BIDS {@code n/a} for missing values (read as NaN, as pandas does).
 *
 * @param file where the table came from, for error messages
 * @param columns values by column name, in file order
 */
public record ConfoundsTable(Path file, Map<String, double[]> columns) {

    public ConfoundsTable {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Reads and parses the TSV; errors name the file and the column (or row) at fault. */
    public static ConfoundsTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Checks.input(!lines.isEmpty() && !lines.get(0).isBlank(), file, null, "empty file, expected a header line");
        String[] header = lines.get(0).split("\t", -1);
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Checks.input(cells.length == header.length, file, "line " + (i + 1),
                    "has %d tab-separated fields, the header has %d", cells.length, header.length);
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                row[c] = parse(file, header[c], i + 1, cells[c].trim());
            }
            rows.add(row);
        }
        Checks.input(!rows.isEmpty(), file, null, "no data rows after the header");
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            Checks.input(!columns.containsKey(header[c]), file, header[c], "duplicate column name");
            double[] values = new double[rows.size()];
            for (int t = 0; t < values.length; t++) {
                values[t] = rows.get(t)[c];
            }
            columns.put(header[c], values);
        }
        return new ConfoundsTable(file, columns);
    }

    /** Number of volumes (rows). */
    public int length() {
        return columns.values().iterator().next().length;
    }

    /** A column's values; fails naming the file and the column when absent. */
    public double[] column(String name) throws InvalidInputException {
        Checks.input(columns.containsKey(name), file, name, "column not found in the confounds file");
        return columns.get(name).clone();
    }

    /** Names starting with {@code prefix}, in file order. */
    public List<String> namesStartingWith(String prefix) {
        return columns.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    private static double parse(Path file, String column, int line, String cell) throws InvalidInputException {
        if (cell.equals("n/a") || cell.isEmpty() || cell.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, column, "line " + line + ": not a number: '" + cell + "'", e);
        }
    }
}
