package org.neurobeam.pipelines.calcium;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.nwb.NwbFile;
import org.neurobeam.ingest.nwb.NwbUnits;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.tables.BinnedCountsTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.SpikesTable;
import org.neurobeam.pipelines.tables.TracesTable;
import org.neurobeam.preprocess.calcium.CalciumPreprocess;
import org.neurobeam.preprocess.calcium.CalciumTrace;
import org.neurobeam.preprocess.calcium.TraceZScore;
import org.neurobeam.preprocess.signal.Standardize;
import org.neurobeam.preprocess.spikes.BinGrid;
import org.neurobeam.preprocess.spikes.SpikeCounts;

/**
 * Per recording. Calcium, unit by unit: the stored traces, then {@code Fc} (neuropil-corrected; {@code Fneu} taken
 * as 0 where absent), {@code dff} against the configured baseline of {@code Fc} and {@code zscore} (dF/F z-scored,
 * ddof 0); an NWB file with only {@code DfOverF} keeps its stored dF/F. A unit whose dF/F fails (a baseline not
 * positive) is a {@code failures} row of stage {@code dff}; a read error ends the recording with stage
 * {@code traces}. Spikes: each unit's times, and with a bin width its counts over {@code [0, (⌊t_max/w⌋ + 1)·w)},
 * one grid for all units of the recording; errors are stage {@code spikes}.
 */
final class CalciumFn extends DoFn<KV<RecordingRef, Row>, Row> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<Row> TRACES = new TupleTag<>() { };
    static final TupleTag<Row> SPIKES = new TupleTag<>() { };
    static final TupleTag<Row> BINNED_COUNTS = new TupleTag<>() { };
    static final TupleTag<Row> FAILURES = new TupleTag<>() { };
    static final TupleTag<KV<String, String>> NOTES = new TupleTag<>() { };

    private final CalciumSettings settings;
    private final Counter failures = Metrics.counter("neurobeam", AnalysisStage.FAILURES_METRIC);

    CalciumFn(CalciumSettings settings) {
        this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<RecordingRef, Row> recording, MultiOutputReceiver out) {
        RecordingRef ref = recording.getKey();
        if (ref.modality() == Modality.SPIKES) {
            try {
                spikes(ref, out);
            } catch (IOException | RuntimeException e) {
                fail(out, FailuresTable.row(ref.path(), "spikes", e));
            }
            return;
        }
        try (CalciumSource source = CalciumSource.open(ref)) {
            traces(ref, source, out);
        } catch (IOException | RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "traces", e));
        }
    }

    private void traces(RecordingRef ref, CalciumSource source, MultiOutputReceiver out) throws IOException {
        String id = ref.recordingId();
        double rate = source.rate();
        CalciumPreprocess preprocess = new CalciumPreprocess(settings.config(), rate);
        int skipped = 0;
        for (int u = 0; u < source.units(); u++) {
            if (settings.cellsOnly() && !source.isCell(u)) {
                skipped++;
                continue;
            }
            String label = source.label(u);
            Map<String, double[]> stored = new HashMap<>();
            for (String kind : source.kinds()) {
                stored.put(kind, source.trace(kind, u));
                out.get(TRACES).output(TracesTable.row(id, u, label, kind, rate, stored.get(kind)));
            }
            double[] f = stored.get(CalciumSource.F);
            if (f == null) {
                continue;
            }
            CalciumTrace trace = preprocess.apply(f, stored.getOrDefault(CalciumSource.FNEU, new double[f.length]));
            out.get(TRACES).output(TracesTable.row(id, u, label, "Fc", rate, trace.neuropilCorrected()));
            double[] dff;
            try {
                dff = trace.deltaFOverF();
            } catch (RuntimeException e) {
                fail(out, FailuresTable.row(ref.path(), "dff", e.getClass().getSimpleName(),
                        source.dataFile() + ": " + label + ": " + e.getMessage()));
                continue;
            }
            out.get(TRACES).output(TracesTable.row(id, u, label, CalciumSource.DFF, rate, dff));
            out.get(TRACES).output(TracesTable.row(id, u, label, "zscore", rate, TraceZScore.apply(dff, Standardize.ZSCORE)));
        }
        if (skipped > 0) {
            out.get(NOTES).output(KV.of(ref.path(), "traces: " + skipped + " ROIs not labelled cells left out"
                    + " (--cells-only)"));
        }
    }

    private void spikes(RecordingRef ref, MultiOutputReceiver out) throws IOException {
        try (NwbFile nwb = NwbFile.open(Path.of(ref.path()))) {
            NwbUnits units = nwb.units();
            long[] ids = units.ids();
            double[][] times = new double[units.size()][];
            double last = 0;
            for (int u = 0; u < times.length; u++) {
                times[u] = units.spikeTimes(u);
                for (double t : times[u]) {
                    last = Math.max(last, t);
                }
                out.get(SPIKES).output(SpikesTable.row(ref.recordingId(), ids[u], times[u]));
            }
            if (settings.binWidth() != null) {
                double w = settings.binWidth();
                BinGrid grid = new BinGrid(0, (Math.floor(last / w) + 1) * w, w);
                for (int u = 0; u < times.length; u++) {
                    out.get(BINNED_COUNTS).output(BinnedCountsTable.row(ref.recordingId(), w, ids[u],
                            SpikeCounts.count(times[u], grid)));
                }
            }
        }
    }

    private void fail(MultiOutputReceiver out, Row row) {
        failures.inc();
        out.get(FAILURES).output(row);
    }
}
