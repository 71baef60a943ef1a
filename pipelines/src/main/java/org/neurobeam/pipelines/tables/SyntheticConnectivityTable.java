package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.encoders.demovae.DemographicColumn;
import org.neurobeam.encoders.demovae.DemographicKind;
import org.neurobeam.encoders.demovae.Demographics;

/**
 * The {@code synthetic_connectivity} table: connectomes a DemoVAE generated for given demographics, one row per
 * sample × region pair {@code i < j} (positions in the training atlas's region order), with one column per
 * demographic the model was trained with ({@code double} for continuous ones such as {@code age},
 * {@code string} for categorical ones such as {@code sex}).
 */
public final class SyntheticConnectivityTable {

    public static final String NAME = "synthetic_connectivity";

    private SyntheticConnectivityTable() {
    }

    /** The schema for a model conditioned on {@code demographics}' columns. */
    public static Schema schema(Demographics demographics) {
        Schema.Builder schema = Schema.builder().addInt32Field("sample_id");
        for (DemographicColumn column : demographics.columns()) {
            if (column.kind() == DemographicKind.CONTINUOUS) {
                schema.addDoubleField(column.name());
            } else {
                schema.addStringField(column.name());
            }
        }
        return schema.addInt32Field("i").addInt32Field("j").addDoubleField("value").build();
    }

    /** Rows of every sample: sample {@code s} has the demographics of row {@code s} and the edges {@code samples[s]}. */
    public static List<Row> rows(Demographics demographics, float[][] samples) {
        Schema schema = schema(demographics);
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < samples.length; s++) {
            List<Object> prefix = new ArrayList<>();
            prefix.add(s);
            for (DemographicColumn column : demographics.columns()) {
                prefix.add(column.kind() == DemographicKind.CONTINUOUS ? column.numbers()[s] : column.labels()[s]);
            }
            int regions = UpperTriangle.units(samples[s].length);
            int pair = 0;
            for (int i = 0; i < regions; i++) {
                for (int j = i + 1; j < regions; j++) {
                    List<Object> values = new ArrayList<>(prefix);
                    values.add(i);
                    values.add(j);
                    values.add((double) samples[s][pair++]);
                    rows.add(Row.withSchema(schema).addValues(values).build());
                }
            }
        }
        return rows;
    }
}
