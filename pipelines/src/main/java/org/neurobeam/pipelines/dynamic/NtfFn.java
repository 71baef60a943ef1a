package org.neurobeam.pipelines.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.pipelines.dynamic.InputTables.Trace;

/** The NTF of one trace kind: every animal's traces of that kind, grouped on one worker. */
final class NtfFn extends DoFn<KV<String, Iterable<Trace>>, Row> {

    private static final long serialVersionUID = 1L;

    private final DynamicSettings settings;

    NtfFn(DynamicSettings settings) {
        this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Trace>> kind, MultiOutputReceiver out) {
        List<Trace> traces = new ArrayList<>();
        kind.getValue().forEach(traces::add);
        DynamicOutput output = new DynamicOutput();
        if (NtfAnalysis.run(kind.getKey(), traces, settings, output)) {
            DynamicPipeline.DONE.inc();
        }
        output.emit(out);
    }
}
