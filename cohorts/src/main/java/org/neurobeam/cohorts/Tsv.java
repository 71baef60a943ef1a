package org.neurobeam.cohorts;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * A BIDS tabular file (BIDS "Common principles", Tabular files): UTF-8, a header row, columns separated by
 * true tab characters, {@code n/a} for missing values. A leading byte-order mark, Windows line endings and
 * blank lines are tolerated. Rows keep their 1-based line number so errors can name it; checking the
 * number of columns is left to the caller, which decides whether a short row is fatal.
 */
public final class Tsv {

    /** The BIDS missing value. */
    public static final String MISSING = "n/a";

    /** One data row and the line it came from. */
    public record Row(int line, List<String> values) {
    }

    private final List<String> header;
    private final List<Row> rows;

    private Tsv(List<String> header, List<Row> rows) {
        this.header = Collections.unmodifiableList(header);
        this.rows = Collections.unmodifiableList(rows);
    }

    /** Reads {@code file}; fails naming the file when it is empty or has no header. */
    public static Tsv read(Path file) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (text.isBlank()) {
                    continue;
                }
                List<String> values = Arrays.asList(text.split("\t", -1));
                if (header == null) {
                    header = values;
                } else {
                    rows.add(new Row(line, values));
                }
            }
        }
        Checks.input(header != null, file, "header", "expected a tab-separated header row, found an empty file");
        return new Tsv(header, rows);
    }

    /** Column names in file order. */
    public List<String> header() {
        return header;
    }

    /** Data rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** Index of column {@code name}, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }
}
