package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code brain_states} table of {@code neurobeam dynamic}: one row per state × region pair {@code i < j}
 * (0-based positions in the regions sorted by label value) with the centroid's correlation (tanh of the
 * Fisher-z centroid the states were clustered on).
 */
public final class BrainStatesTable {

    public static final String NAME = "brain_states";

    public static final Schema SCHEMA = Schema.builder()
            .addInt32Field("state")
            .addInt32Field("i")
            .addInt32Field("j")
            .addInt32Field("region_i")
            .addInt32Field("region_j")
            .addDoubleField("value")
            .build();

    private BrainStatesTable() {
    }

    public static Row row(int state, int i, int j, int regionI, int regionJ, double value) {
        return Row.withSchema(SCHEMA).addValues(state, i, j, regionI, regionJ, value).build();
    }
}
