package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;

/**
 * The {@code glm_contrasts} table: one row per recording, contrast and region of the first-level GLM fitted
 * to the region signals. {@code p} is one-sided (effect greater than zero), {@code z} its normal equivalent,
 * as nilearn's {@code compute_contrast} reports them.
 */
public final class GlmContrastsTable {

    public static final String NAME = "glm_contrasts";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("contrast")
            .addInt32Field("region")
            .addDoubleField("effect")
            .addDoubleField("stderr")
            .addDoubleField("t")
            .addDoubleField("z")
            .addDoubleField("p")
            .build();

    private GlmContrastsTable() {
    }
}
