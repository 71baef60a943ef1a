package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code state_fit} table of {@code neurobeam states}: after each EM iteration (0-based) of the restart kept,
 * {@code elbo} = log p(training bins) + log prior of the weights (the ELBO at its tight bound), and
 * {@code heldout_ll} = log p(held-out bins) per bin by the forward algorithm, null without held-out bins.
 * {@code recording_id} is added because each recording is fitted separately.
 */
public final class StateFitTable {

    public static final String NAME = "state_fit";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("model")
            .addInt32Field("iteration")
            .addDoubleField("elbo")
            .addNullableField("heldout_ll", FieldType.DOUBLE)
            .build();

    private StateFitTable() {
    }

    public static Row row(String recordingId, String model, int iteration, double elbo, Double heldOutLl) {
        return Row.withSchema(SCHEMA).addValues(recordingId, model, iteration, elbo, heldOutLl).build();
    }
}
