package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code ntf_factors} table of {@code neurobeam dynamic}: one row per analysis × component × mode × index
 * with the factor loading (each factor column of unit L2 norm). Modes: {@code pair} (index in the upper
 * triangle of the units, label {@code "a|b"}), {@code time} (affinity window τ, label its start in seconds),
 * {@code animal} (recording, label its recording_id).
 */
public final class NtfFactorsTable {

    public static final String NAME = "ntf_factors";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("analysis_id")
            .addInt32Field("component")
            .addStringField("mode")
            .addInt32Field("index")
            .addStringField("label")
            .addDoubleField("loading")
            .build();

    private NtfFactorsTable() {
    }

    public static Row row(String analysisId, int component, String mode, int index, String label, double loading) {
        return Row.withSchema(SCHEMA).addValues(analysisId, component, mode, index, label, loading).build();
    }
}
