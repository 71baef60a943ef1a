package org.neurobeam.pipelines.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.neurobeam.pipelines.dynamic.BrainStateAnalysis.Windows;
import org.neurobeam.pipelines.dynamic.InputTables.RegionSignal;

/** Per recording: its region signals to its windowed connectivity vectors, keyed for the cohort step. */
final class WindowRecordingFn extends DoFn<KV<String, Iterable<RegionSignal>>, KV<String, Windows>> {

    private static final long serialVersionUID = 1L;

    private final int[] regions;
    private final DynamicSettings settings;

    WindowRecordingFn(int[] regions, DynamicSettings settings) {
        this.regions = regions.clone();
        this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<RegionSignal>> recording,
            OutputReceiver<KV<String, Windows>> out) {
        List<RegionSignal> signals = new ArrayList<>();
        recording.getValue().forEach(signals::add);
        out.output(KV.of(DynamicSettings.REGION,
                BrainStateAnalysis.window(recording.getKey(), signals, regions, settings)));
    }
}
