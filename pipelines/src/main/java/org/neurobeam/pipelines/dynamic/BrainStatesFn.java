package org.neurobeam.pipelines.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.pipelines.dynamic.BrainStateAnalysis.Windows;

/** The cohort step of the brain states: every recording's windows, grouped on one worker, clustered. */
final class BrainStatesFn extends DoFn<KV<String, Iterable<Windows>>, Row> {

    private static final long serialVersionUID = 1L;

    private final int[] regions;
    private final DynamicSettings settings;

    BrainStatesFn(int[] regions, DynamicSettings settings) {
        this.regions = regions.clone();
        this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Windows>> cohort, MultiOutputReceiver out) {
        List<Windows> windows = new ArrayList<>();
        cohort.getValue().forEach(windows::add);
        DynamicOutput output = new DynamicOutput();
        if (BrainStateAnalysis.run(windows, regions, settings, output)) {
            DynamicPipeline.DONE.inc();
        }
        output.emit(out);
    }
}
