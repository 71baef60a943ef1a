package org.neurobeam.pipelines.dynamic;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTagList;
import org.neurobeam.pipelines.dynamic.InputTables.Trace;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * The collection files as NTF traces, inside the pipeline: each file read in a DoFn ({@link ReadWormsFn}), rows
 * grouped per worm by Beam and checked there ({@link WormTracesFn}); the driver reads nothing.
 */
final class WormCollection {

    static final String STAGE = "worms";

    /** The traces, keyed by kind, and the failures of reading them. */
    record Traces(PCollection<KV<String, Trace>> traces, PCollection<Row> failures) {
    }

    private WormCollection() {
    }

    static Traces read(Pipeline pipeline, WormInput input) {
        PCollectionTuple read = pipeline
                .apply("Collection files", Create.of(input.files()).withCoder(StringUtf8Coder.of()))
                .apply("Read worm rows", ParDo.of(new ReadWormsFn(input))
                        .withOutputTags(ReadWormsFn.ROWS, TupleTagList.of(ReadWormsFn.FAILURES)));
        PCollectionTuple worms = read.get(ReadWormsFn.ROWS)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(WormRow.class)))
                .apply("By worm", GroupByKey.create())
                .apply("Worm traces", ParDo.of(new WormTracesFn(input))
                        .withOutputTags(WormTracesFn.TRACES, TupleTagList.of(WormTracesFn.FAILURES)));
        PCollection<Row> failures = PCollectionList
                .of(read.get(ReadWormsFn.FAILURES).setRowSchema(FailuresTable.SCHEMA))
                .and(worms.get(WormTracesFn.FAILURES).setRowSchema(FailuresTable.SCHEMA))
                .apply("Worm failures", Flatten.pCollections());
        return new Traces(worms.get(WormTracesFn.TRACES)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Trace.class))), failures);
    }
}
