package org.neurobeam.pipelines.tables;

import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code epochs} table (with {@code --epochs}): one row per recording, kept epoch and channel.
 * {@code epoch} is the event's position among the recording's events (MNE's {@code selection}), {@code event}
 * its description, {@code tmin} the time of the first value relative to the event in seconds, {@code sfreq}
 * the rate of {@code values}.
 */
public final class EpochsTable {

    public static final String NAME = "epochs";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addInt32Field("epoch")
            .addStringField("event")
            .addStringField("channel")
            .addDoubleField("tmin")
            .addDoubleField("sfreq")
            .addArrayField("values", FieldType.DOUBLE)
            .build();

    private EpochsTable() {
    }

    public static Row row(String recordingId, int epoch, String event, String channel, double tmin, double sfreq,
            List<Double> values) {
        return Row.withSchema(SCHEMA).addValues(recordingId, epoch, event, channel, tmin, sfreq, values).build();
    }
}
