package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code dfc_windows} table of {@code neurobeam dynamic}: one row per recording × sliding window with its
 * brain state. The window covers samples {@code [start_s, end_s)} (rectangle plus taper support).
 */
public final class DfcWindowsTable {

    public static final String NAME = "dfc_windows";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addInt32Field("window")
            .addDoubleField("start_s")
            .addDoubleField("end_s")
            .addInt32Field("state")
            .build();

    private DfcWindowsTable() {
    }

    public static Row row(String recordingId, int window, double startS, double endS, int state) {
        return Row.withSchema(SCHEMA).addValues(recordingId, window, startS, endS, state).build();
    }
}
