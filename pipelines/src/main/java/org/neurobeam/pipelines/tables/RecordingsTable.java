package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/**
 * The {@code recordings} table: one row per recording read, {@code recording_id} the join key of every
 * other table. Units: {@code voxel_size} in mm, {@code tr} in seconds, {@code sampling_rate} in Hz.
 */
public final class RecordingsTable {

    public static final String NAME = "recordings";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("dataset")
            .addNullableField("subject", FieldType.STRING)
            .addNullableField("session", FieldType.STRING)
            .addNullableField("task", FieldType.STRING)
            .addNullableField("run", FieldType.STRING)
            .addStringField("modality")
            .addStringField("path")
            .addStringField("sha256")
            .addArrayField("shape", FieldType.INT32)
            .addNullableField("voxel_size", FieldType.array(FieldType.DOUBLE))
            .addNullableField("tr", FieldType.DOUBLE)
            .addNullableField("tr_source", FieldType.STRING)
            .addNullableField("sampling_rate", FieldType.DOUBLE)
            .addInt64Field("n_timepoints")
            .addNullableField("age", FieldType.DOUBLE)
            .addNullableField("sex", FieldType.STRING)
            .addMapField("demographics", FieldType.STRING, FieldType.STRING)
            .addMapField("entities", FieldType.STRING, FieldType.STRING)
            .addBooleanField("derivative")
            .build();

    private RecordingsTable() {
    }
}
