package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code region_timeseries} table: one row per recording × region with the cleaned region signal,
 * one value per kept time point ({@code tr} seconds apart).
 */
public final class RegionTimeseriesTable {

    public static final String NAME = "region_timeseries";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addInt32Field("region")
            .addStringField("region_name")
            .addDoubleField("tr")
            .addArrayField("values", FieldType.DOUBLE)
            .build();

    private RegionTimeseriesTable() {
    }

    /** Rows for every column of {@code signals} [time][region]. */
    public static List<Row> rows(String recordingId, int[] regions, List<String> names, double tr,
            double[][] signals) {
        List<Row> rows = new ArrayList<>(regions.length);
        for (int r = 0; r < regions.length; r++) {
            List<Double> values = new ArrayList<>(signals.length);
            for (double[] volume : signals) {
                values.add(volume[r]);
            }
            rows.add(Row.withSchema(SCHEMA).addValues(recordingId, regions[r], names.get(r), tr, values).build());
        }
        return rows;
    }
}
