package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code state_posteriors} table of {@code neurobeam states}: p(z_t = state | all bins of the recording)
 * from forward-backward under the fitted model, one row per recording × model × bin × state; {@code t} is the
 * 0-based bin index over every bin of the input, held-out bins included. {@code model} (hmm-glm, gaussian,
 * onehot) is added because one run may fit several models.
 */
public final class StatePosteriorsTable {

    public static final String NAME = "state_posteriors";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("model")
            .addInt32Field("t")
            .addInt32Field("state")
            .addDoubleField("probability")
            .build();

    private StatePosteriorsTable() {
    }

    public static Row row(String recordingId, String model, int t, int state, double probability) {
        return Row.withSchema(SCHEMA).addValues(recordingId, model, t, state, probability).build();
    }
}
