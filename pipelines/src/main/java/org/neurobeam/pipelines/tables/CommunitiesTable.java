package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code communities} table of {@code neurobeam dynamic}: one row per analysis × component × method
 * ({@code sbm}, {@code louvain}) × unit with the unit's community in that component's graph.
 */
public final class CommunitiesTable {

    public static final String NAME = "communities";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("analysis_id")
            .addInt32Field("component")
            .addStringField("method")
            .addInt32Field("unit")
            .addStringField("label")
            .addInt32Field("community")
            .build();

    private CommunitiesTable() {
    }

    public static Row row(String analysisId, int component, String method, int unit, String label, int community) {
        return Row.withSchema(SCHEMA).addValues(analysisId, component, method, unit, label, community).build();
    }
}
