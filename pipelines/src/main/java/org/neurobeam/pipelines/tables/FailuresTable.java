package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code failures} table: one row per input that could not be processed, so that one bad recording
 * never stops the others and is never lost silently.
 *
 * <ul>
 *   <li>{@code path}: absolute path of the data file that failed (not of its sidecar); for commands that read a
 *   run's tables ({@code dynamic}, {@code embed}, ...), the table folder the recording's rows came from;</li>
 *   <li>{@code stage}: where it failed ({@code discover}, {@code read}, ...);</li>
 *   <li>{@code error}: the error's class, e.g. {@code InvalidInputException};</li>
 *   <li>{@code message}: what was wrong, naming the file and the field;</li>
 *   <li>{@code recording_id}: the recording, where one is known (always for table-driven commands).</li>
 * </ul>
 */
public final class FailuresTable {

    public static final String NAME = "failures";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("path")
            .addStringField("stage")
            .addStringField("error")
            .addStringField("message")
            .addNullableField("recording_id", Schema.FieldType.STRING)
            .build();

    private FailuresTable() {
    }

    public static Row row(String path, String stage, String error, String message) {
        return forRecording(path, null, stage, error, message);
    }

    /** A row naming the recording too; {@code recordingId} may be null. */
    public static Row forRecording(String path, String recordingId, String stage, String error, String message) {
        return Row.withSchema(SCHEMA).addValues(path, stage, error, message == null ? "" : message, recordingId)
                .build();
    }

    /** A row for a thrown error naming the recording: its simple class name and message. */
    public static Row forRecording(String path, String recordingId, String stage, Throwable error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        return forRecording(path, recordingId, stage, error.getClass().getSimpleName(), message);
    }

    /** A row for a thrown error: its simple class name and message. */
    public static Row row(String path, String stage, Throwable error) {
        return forRecording(path, null, stage, error);
    }
}
