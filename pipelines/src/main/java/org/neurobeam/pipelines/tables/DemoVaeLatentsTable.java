package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code demovae_latents} table, long format: one row per recording × latent dimension of a DemoVAE's
 * demographics-free latents (the same vector as its {@code embeddings} row, tidy for per-latent statistics such
 * as the correlation of each latent with age).
 */
public final class DemoVaeLatentsTable {

    public static final String NAME = "demovae_latents";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("model_version")
            .addInt32Field("latent")
            .addDoubleField("value")
            .build();

    private DemoVaeLatentsTable() {
    }

    public static List<Row> rows(String recordingId, String modelVersion, float[] latents) {
        List<Row> rows = new ArrayList<>(latents.length);
        for (int k = 0; k < latents.length; k++) {
            rows.add(Row.withSchema(SCHEMA).addValues(recordingId, modelVersion, k, (double) latents[k]).build());
        }
        return rows;
    }
}
