package org.neurobeam.pipelines.encode;

import java.util.ArrayList;
import java.util.List;
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
            List<Row> edges = new ArrayList<>();
            recording.getValue().getAll(CONNECTIVITY).forEach(edges::add);
            out.output(RecordingArrays.of(recording.getKey(), signalRows, edges));
        }
    }
}
