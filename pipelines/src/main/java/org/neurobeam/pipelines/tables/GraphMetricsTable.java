package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code graph_metrics} table of {@code neurobeam dynamic}: one row per analysis × component × unit with
 * node measures of the component's graph: strength, weighted clustering, triangles and participation
 * coefficient against the SBM communities.
 */
public final class GraphMetricsTable {

    public static final String NAME = "graph_metrics";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("analysis_id")
            .addInt32Field("component")
            .addInt32Field("unit")
            .addStringField("label")
            .addDoubleField("strength")
            .addDoubleField("clustering")
            .addInt64Field("triangles")
            .addDoubleField("participation")
            .build();

    private GraphMetricsTable() {
    }

    public static Row row(String analysisId, int component, int unit, String label, double strength,
            double clustering, long triangles, double participation) {
        return Row.withSchema(SCHEMA)
                .addValues(analysisId, component, unit, label, strength, clustering, triangles, participation)
                .build();
    }
}
