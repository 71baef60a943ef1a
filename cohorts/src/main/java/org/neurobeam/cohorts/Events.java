package org.neurobeam.cohorts;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The parsed content of an {@code *_events.tsv} (BIDS "Task events"): {@code onset} and {@code duration}
 * are required, in seconds; {@code onset} must be a number (negative allowed), {@code duration} a
 * non-negative number or {@code n/a}; {@code trial_type} and any other columns are optional.
 */
public final class Events implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String ONSET = "onset";
    private static final String DURATION = "duration";
    private static final String TRIAL_TYPE = "trial_type";

    private final String path;
    private final List<String> columns;
    private final List<Event> events;

    private Events(String path, List<String> columns, List<Event> events) {
        this.path = path;
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
        this.events = Collections.unmodifiableList(events);
    }

    /**
     * Reads {@code file}; fails with an {@link org.neurobeam.ingest.InvalidInputException} naming the file, the
     * column and the line when a required column is missing, a row has the wrong number of columns, or a
     * value is not a valid number.
     */
    public static Events read(Path file) throws IOException {
        Tsv tsv = Tsv.read(file);
        int onset = tsv.column(ONSET);
        int duration = tsv.column(DURATION);
        int trialType = tsv.column(TRIAL_TYPE);
        Checks.input(onset >= 0, file, ONSET, "required column missing; header is %s", tsv.header());
        Checks.input(duration >= 0, file, DURATION, "required column missing; header is %s", tsv.header());
        List<Event> events = new ArrayList<>();
        for (Tsv.Row row : tsv.rows()) {
            List<String> values = row.values();
            Checks.input(values.size() == tsv.header().size(), file, "line " + row.line(),
                    "expected %d columns, found %d", tsv.header().size(), values.size());
            double start = number(file, row, ONSET, values.get(onset));
            Checks.input(!Double.isNaN(start), file, ONSET, "line %d: onset must be a number, found n/a", row.line());
            double length = number(file, row, DURATION, values.get(duration));
            Checks.input(Double.isNaN(length) || length >= 0, file, DURATION,
                    "line %d: expected a non-negative number of seconds or n/a, found %s", row.line(), length);
            Map<String, String> extra = new LinkedHashMap<>();
            for (int c = 0; c < values.size(); c++) {
                if (c != onset && c != duration && c != trialType && !Tsv.MISSING.equals(values.get(c))) {
                    extra.put(tsv.header().get(c), values.get(c));
                }
            }
            String type = trialType < 0 || Tsv.MISSING.equals(values.get(trialType)) ? null : values.get(trialType);
            events.add(new Event(start, length, type, Collections.unmodifiableMap(extra)));
        }
        return new Events(file.toAbsolutePath().normalize().toString(), tsv.header(), events);
    }

    private static double number(Path file, Tsv.Row row, String column, String value) throws IOException {
        if (Tsv.MISSING.equals(value)) {
            return Double.NaN;
        }
        double seconds;
        try {
            seconds = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, column, String.format(Locale.ROOT,
                    "line %d: expected a number of seconds, found '%s'", row.line(), value), e);
        }
        Checks.input(Double.isFinite(seconds), file, column, "line %d: expected a finite number, found '%s'",
                row.line(), value);
        return seconds;
    }

    /** Absolute path of the file read. */
    public String path() {
        return path;
    }

    /** Column names in file order. */
    public List<String> columns() {
        return columns;
    }

    /** The rows in file order. */
    public List<Event> events() {
        return events;
    }
}
