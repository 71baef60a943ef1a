package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code traces} table: one row per recording × unit (ROI) × kind ({@code F}, {@code Fneu}, {@code spks},
 * {@code dff}, {@code zscore}), the values one per frame, {@code rate} Hz apart.
 */
public final class TracesTable {

    public static final String NAME = "traces";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addInt32Field("unit")
            .addStringField("label")
            .addStringField("kind")
            .addDoubleField("rate")
            .addArrayField("values", FieldType.DOUBLE)
            .build();

    private TracesTable() {
    }

    public static Row row(String recordingId, int unit, String label, String kind, double rate, double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return Row.withSchema(SCHEMA).addValues(recordingId, unit, label, kind, rate, list).build();
    }
}
