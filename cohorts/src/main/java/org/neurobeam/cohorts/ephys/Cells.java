package org.neurobeam.cohorts.ephys;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.neurobeam.cohorts.Tsv;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Reading the cells of a BIDS tabular file (BIDS "Common principles", Tabular files): required columns,
 * rows of the header's width, {@code n/a} as the missing value, numbers where the column is numeric.
 * Every failure names the file, the column and the line.
 */
final class Cells {

    private final Path file;
    private final Tsv tsv;

    /** Checks that {@code tsv}, read from {@code file}, has every column of {@code required}. */
    Cells(Path file, Tsv tsv, List<String> required, String what) throws InvalidInputException {
        this.file = file;
        this.tsv = tsv;
        for (String column : required) {
            Checks.input(tsv.column(column) >= 0, file, column, "required column of %s missing; header is %s",
                    what, tsv.header());
        }
        for (Tsv.Row row : tsv.rows()) {
            Checks.input(row.values().size() == tsv.header().size(), file, "line " + row.line(),
                    "expected %d columns, found %d", tsv.header().size(), row.values().size());
        }
    }

    /** The cell of {@code column}, or {@code null} when the column is absent or the cell is {@code n/a} or empty. */
    String text(Tsv.Row row, String column) {
        int index = tsv.column(column);
        if (index < 0) {
            return null;
        }
        String value = row.values().get(index).trim();
        return value.isEmpty() || Tsv.MISSING.equals(value) ? null : value;
    }

    /** The cell of {@code column} as a finite number, or {@code null} like {@link #text}; fails on anything else. */
    Double number(Tsv.Row row, String column) throws InvalidInputException {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, column, String.format(Locale.ROOT,
                    "line %d: expected a number or n/a, found '%s'", row.line(), value), e);
        }
        Checks.input(Double.isFinite(number), file, column, "line %d: expected a finite number, found '%s'",
                row.line(), value);
        return number;
    }

    /** The cell of {@code column}, which must not be missing. */
    String required(Tsv.Row row, String column) throws InvalidInputException {
        String value = text(row, column);
        Checks.input(value != null, file, column, "line %d: a value is required, found n/a or nothing", row.line());
        return value;
    }
}
