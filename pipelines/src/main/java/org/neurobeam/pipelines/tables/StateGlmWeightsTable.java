package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code state_glm_weights} table of {@code neurobeam states}: w_{state, post←pre} on history basis function
 * {@code basis} (0: the single exponential kernel), units named by their input ids; the bias of each state and
 * post unit is the row with {@code pre_unit} and {@code basis} null. {@code recording_id} is added because one
 * run fits each recording separately.
 */
public final class StateGlmWeightsTable {

    public static final String NAME = "state_glm_weights";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("model")
            .addInt32Field("state")
            .addInt64Field("post_unit")
            .addNullableField("pre_unit", FieldType.INT64)
            .addNullableField("basis", FieldType.INT32)
            .addDoubleField("weight")
            .build();

    private StateGlmWeightsTable() {
    }

    /** A weight row; {@code preUnit} and {@code basis} null for the bias. */
    public static Row row(String recordingId, String model, int state, long postUnit, Long preUnit, Integer basis,
            double weight) {
        return Row.withSchema(SCHEMA).addValues(recordingId, model, state, postUnit, preUnit, basis, weight).build();
    }
}
