package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code state_transitions} table of {@code neurobeam states}: the fitted transition matrix, one row per
 * recording × model × (from_state, to_state). {@code recording_id} is added because each recording is fitted
 * separately.
 */
public final class StateTransitionsTable {

    public static final String NAME = "state_transitions";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("model")
            .addInt32Field("from_state")
            .addInt32Field("to_state")
            .addDoubleField("probability")
            .build();

    private StateTransitionsTable() {
    }

    public static Row row(String recordingId, String model, int from, int to, double probability) {
        return Row.withSchema(SCHEMA).addValues(recordingId, model, from, to, probability).build();
    }
}
