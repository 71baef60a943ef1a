package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code binned_counts} table: one row per recording × sorted unit, spike counts in consecutive half-open bins
 * of {@code bin_width} seconds, the first starting at 0 s.
 */
public final class BinnedCountsTable {

    public static final String NAME = "binned_counts";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addDoubleField("bin_width")
            .addInt64Field("unit")
            .addArrayField("counts", FieldType.INT32)
            .build();

    private BinnedCountsTable() {
    }

    public static Row row(String recordingId, double binWidth, long unit, int[] counts) {
        List<Integer> list = new ArrayList<>(counts.length);
        for (int c : counts) {
            list.add(c);
        }
        return Row.withSchema(SCHEMA).addValues(recordingId, binWidth, unit, list).build();
    }
}
