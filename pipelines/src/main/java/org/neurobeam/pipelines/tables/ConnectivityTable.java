package org.neurobeam.pipelines.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.connectome.statics.ConnectomeEntry;

/**
 * The {@code connectivity} table, long format: one row per recording, kind, estimator and region pair with
 * {@code i <= j} (diagonal included). {@code i}/{@code j} are 0-based positions in the recording's regions
 * sorted by label value; {@code region_i}/{@code region_j} are the label values.
 */
public final class ConnectivityTable {

    public static final String NAME = "connectivity";

    /**
     * The same columns for connectomes a DemoVAE re-decoded at reference demographics (estimator
     * {@code demovae}, pairs {@code i < j} only: DemoVAE models the strict upper triangle).
     */
    public static final String DECONFOUNDED = "connectivity_deconfounded";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("kind")
            .addStringField("estimator")
            .addInt32Field("i")
            .addInt32Field("j")
            .addInt32Field("region_i")
            .addInt32Field("region_j")
            .addDoubleField("value")
            .build();

    private ConnectivityTable() {
    }

    public static List<Row> rows(String recordingId, String kind, String estimator, int[] regions,
            List<ConnectomeEntry> upperTriangle) {
        List<Row> rows = new ArrayList<>(upperTriangle.size());
        for (ConnectomeEntry e : upperTriangle) {
            rows.add(Row.withSchema(SCHEMA).addValues(recordingId, kind, estimator, e.i(), e.j(), regions[e.i()],
                    regions[e.j()], e.value()).build());
        }
        return rows;
    }
}
