package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code state_paths} table of {@code neurobeam states}: the Viterbi state of every bin, one row per
 * recording × model × bin; {@code t} is the 0-based bin index over every bin of the input, held-out bins
 * included. {@code model} is added because one run may fit several models.
 */
public final class StatePathsTable {

    public static final String NAME = "state_paths";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("model")
            .addInt32Field("t")
            .addInt32Field("state")
            .build();

    private StatePathsTable() {
    }

    public static Row row(String recordingId, String model, int t, int state) {
        return Row.withSchema(SCHEMA).addValues(recordingId, model, t, state).build();
    }
}
