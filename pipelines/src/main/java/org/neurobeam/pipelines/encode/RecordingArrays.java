package org.neurobeam.pipelines.encode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.encoders.EncoderInput;

/**
 * One recording's inputs for an encoder, assembled from a run's tables: its region labels (sorted), the
 * cleaned region signals (time × region) and a connectivity matrix (region × region, symmetric). Either array
 * is null when the run has no such table rows for the recording; the encoder says if it needs it.
 */
record RecordingArrays(String recordingId, int[] regions, double[][] signals, double[][] connectivity)
        implements Serializable {

    EncoderInput input() {
        return new EncoderInput(recordingId, signals, connectivity);
    }

    /**
     * The arrays of one recording from its {@code region_timeseries} rows (any order) and its
     * {@code connectivity} rows of one kind.
     */
    static RecordingArrays of(String recordingId, List<Row> signalRows, List<Row> edges) {
        List<Row> sorted = new ArrayList<>(signalRows);
        sorted.sort(Comparator.comparingInt(r -> r.getInt32("region")));
        return new RecordingArrays(recordingId, regions(sorted, edges), signals(sorted), matrix(edges));
    }

    private static int[] regions(List<Row> signalRows, List<Row> edges) {
        if (!signalRows.isEmpty()) {
            return signalRows.stream().mapToInt(r -> r.getInt32("region")).toArray();
        }
        TreeSet<Integer> labels = new TreeSet<>();
        for (Row e : edges) {
            labels.add(e.getInt32("region_i"));
            labels.add(e.getInt32("region_j"));
        }
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Time × region; null without rows. Rows of unequal length leave NaN, which the encoder rejects. */
    private static double[][] signals(List<Row> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        int frames = rows.stream().mapToInt(r -> r.getArray("values").size()).max().orElse(0);
        double[][] signals = new double[frames][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Collection<Double> values = rows.get(r).getArray("values");
            int t = 0;
            for (Double v : values) {
                signals[t++][r] = v == null ? Double.NaN : v;
            }
            for (; t < frames; t++) {
                signals[t][r] = Double.NaN;
            }
        }
        return signals;
    }

    /** Region × region from the upper triangle (positions i, j); null without rows; unset entries NaN. */
    private static double[][] matrix(List<Row> edges) {
        if (edges.isEmpty()) {
            return null;
        }
        int n = 1 + edges.stream().mapToInt(e -> Math.max(e.getInt32("i"), e.getInt32("j"))).max().orElse(0);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        for (Row e : edges) {
            int i = e.getInt32("i");
            int j = e.getInt32("j");
            m[i][j] = e.getDouble("value");
            m[j][i] = m[i][j];
        }
        return m;
    }
}

