package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/** The {@code spikes} table: one row per recording × sorted unit with its spike times in seconds. */
public final class SpikesTable {

    public static final String NAME = "spikes";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addInt64Field("unit")
            .addArrayField("times", FieldType.DOUBLE)
            .build();

    private SpikesTable() {
    }

    public static Row row(String recordingId, long unit, double[] times) {
        List<Double> list = new ArrayList<>(times.length);
        for (double t : times) {
            list.add(t);
        }
        return Row.withSchema(SCHEMA).addValues(recordingId, unit, list).build();
    }
}
