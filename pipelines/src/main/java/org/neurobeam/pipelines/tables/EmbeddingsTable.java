package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code embeddings} table: one row per recording × model × segment, the encoder's output vector.
 * {@code segment} is the 0-based temporal segment (BrainMAE: one per {@code segment_length} frames; DemoVAE: one
 * vector, segment 0).
 */
public final class EmbeddingsTable {

    public static final String NAME = "embeddings";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("model")
            .addStringField("model_version")
            .addInt32Field("segment")
            .addArrayField("vector", FieldType.FLOAT)
            .build();

    private EmbeddingsTable() {
    }

    public static Row row(String recordingId, String model, String modelVersion, int segment, float[] vector) {
        List<Float> list = new ArrayList<>(vector.length);
        for (float v : vector) {
            list.add(v);
        }
        return Row.withSchema(SCHEMA).addValues(recordingId, model, modelVersion, segment, list).build();
    }
}
