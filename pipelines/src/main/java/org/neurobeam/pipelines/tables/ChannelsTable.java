package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code channels} table: one row per channel of an EEG, MEG or iEEG recording, in file order.
 * {@code type} is MNE's channel type in lower case ({@code eeg}, {@code mag}, {@code grad}, {@code stim}, ...),
 * {@code unit} the unit of the values read (SI), {@code sfreq} the native rate in Hz, {@code status}
 * {@code good} or {@code bad} (from BIDS {@code channels.tsv}).
 */
public final class ChannelsTable {

    public static final String NAME = "channels";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("name")
            .addStringField("type")
            .addStringField("unit")
            .addDoubleField("sfreq")
            .addStringField("status")
            .build();

    private ChannelsTable() {
    }

    public static Row row(String recordingId, String name, String type, String unit, double sfreq, String status) {
        return Row.withSchema(SCHEMA).addValues(recordingId, name, type, unit, sfreq, status).build();
    }
}
