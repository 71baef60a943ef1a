package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code failures} table: one row per input that could not be processed, so that one bad recording
 * never stops the others and is never lost silently.
 *
 * <ul>
 *   <li>{@code path}: absolute path of the data file that failed (not of its sidecar);</li>
 *   <li>{@code stage}: where it failed ({@code discover}, {@code read}, ...);</li>
 *   <li>{@code error}: the error's class, e.g. {@code InvalidInputException};</li>
 *   <li>{@code message}: what was wrong, naming the file and the field.</li>
 * </ul>
 */
public final class FailuresTable {

    public static final String NAME = "failures";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("path")
            .addStringField("stage")
            .addStringField("error")
            .addStringField("message")
            .build();

    private FailuresTable() {
    }

    public static Row row(String path, String stage, String error, String message) {
        return Row.withSchema(SCHEMA).addValues(path, stage, error, message == null ? "" : message).build();
    }

    /** A row for a thrown error: its simple class name and message. */
    public static Row row(String path, String stage, Throwable error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        return row(path, stage, error.getClass().getSimpleName(), message);
    }
}
