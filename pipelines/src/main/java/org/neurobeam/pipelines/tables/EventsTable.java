package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code events} table: one row per annotation, decoded trigger or {@code events.tsv} row of an EEG, MEG
 * or iEEG recording. {@code onset} in seconds from the recording's start, {@code duration} in seconds (null
 * where the source gives none), {@code source} {@code annotation}, {@code trigger} (description: the value)
 * or {@code events.tsv} (description: {@code trial_type}).
 */
public final class EventsTable {

    public static final String NAME = "events";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addDoubleField("onset")
            .addNullableField("duration", FieldType.DOUBLE)
            .addStringField("description")
            .addStringField("source")
            .build();

    private EventsTable() {
    }

    public static Row row(String recordingId, double onset, Double duration, String description, String source) {
        return Row.withSchema(SCHEMA).addValues(recordingId, onset, duration, description, source).build();
    }
}
