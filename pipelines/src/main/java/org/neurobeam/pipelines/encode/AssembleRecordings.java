package org.neurobeam.pipelines.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Gathers each recording's {@code region_timeseries} rows and its {@code connectivity} rows of one kind into a
 * {@link RecordingArrays}: signals as time × region with regions in label order, connectivity as a full
 * symmetric matrix from the stored upper triangle. Only one recording's rows meet on a worker.
 */
final class AssembleRecordings extends PTransform<PCollectionTuple, PCollection<RecordingArrays>> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<Row> REGION_TIMESERIES = new TupleTag<>() { };
    static final TupleTag<Row> CONNECTIVITY = new TupleTag<>() { };

    private final String connectivityKind;

    /** {@code connectivityKind}: the {@code kind} of connectivity rows used (e.g. {@code correlation}). */
    AssembleRecordings(String connectivityKind) {
        this.connectivityKind = connectivityKind;
    }

    @Override
    public PCollection<RecordingArrays> expand(PCollectionTuple tables) {
        String kind = connectivityKind;
        PCollection<KV<String, Row>> signals = tables.get(REGION_TIMESERIES)
                .apply("Key signals", WithKeys.of((Row r) -> r.getString("recording_id"))
                        .withKeyType(TypeDescriptors.strings()));
        PCollection<KV<String, Row>> connectivity = tables.get(CONNECTIVITY)
                .apply("Keep " + kind, Filter.by((Row r) -> kind.equals(r.getString("kind"))))
                .apply("Key connectivity", WithKeys.of((Row r) -> r.getString("recording_id"))
                        .withKeyType(TypeDescriptors.strings()));
        return KeyedPCollectionTuple.of(REGION_TIMESERIES, signals).and(CONNECTIVITY, connectivity)
                .apply("Group by recording", CoGroupByKey.create())
                .apply("Assemble arrays", ParDo.of(new AssembleFn()))
                .setCoder(SerializableCoder.of(RecordingArrays.class));
    }

    private static final class AssembleFn extends DoFn<KV<String, CoGbkResult>, RecordingArrays> {

        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<String, CoGbkResult> recording, OutputReceiver<RecordingArrays> out) {
            List<Row> signalRows = new ArrayList<>();
            recording.getValue().getAll(REGION_TIMESERIES).forEach(signalRows::add);
            signalRows.sort(Comparator.comparingInt(r -> r.getInt32("region")));
            List<Row> edges = new ArrayList<>();
            recording.getValue().getAll(CONNECTIVITY).forEach(edges::add);
            int[] regions = regions(signalRows, edges);
            out.output(new RecordingArrays(recording.getKey(), regions, signals(signalRows), matrix(edges)));
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
}
