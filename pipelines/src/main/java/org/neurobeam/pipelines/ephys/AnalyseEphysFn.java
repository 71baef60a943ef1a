package org.neurobeam.pipelines.ephys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.cohorts.ephys.Channel;
import org.neurobeam.cohorts.ephys.EphysMetadata;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.tables.BandPowerTable;
import org.neurobeam.pipelines.tables.ChannelsTable;
import org.neurobeam.pipelines.tables.EpochsTable;
import org.neurobeam.pipelines.tables.EventsTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.preprocess.ephys.epochs.Baseline;
import org.neurobeam.preprocess.ephys.epochs.EpochConfig;
import org.neurobeam.preprocess.ephys.epochs.Epocher;
import org.neurobeam.preprocess.ephys.epochs.Epochs;
import org.neurobeam.preprocess.ephys.epochs.Event;
import org.neurobeam.preprocess.ephys.epochs.Recording;
import org.neurobeam.preprocess.ephys.spectral.BandPower;
import org.neurobeam.preprocess.ephys.spectral.FrequencyBand;
import org.neurobeam.preprocess.ephys.spectral.Welch;
import org.neurobeam.preprocess.ephys.spectral.WelchConfig;

/**
 * The per-recording EEG/MEG/iEEG stages: metadata (bad channels, line frequency) → channels and events →
 * read → reference → filter → band_power, and epochs with {@code --epochs}. A stage that fails writes a
 * {@code failures} row naming the data file and the later stages of that recording are skipped.
 */
final class AnalyseEphysFn extends DoFn<KV<RecordingRef, Row>, Row> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<Row> CHANNELS = new TupleTag<>() { };
    static final TupleTag<Row> EVENTS = new TupleTag<>() { };
    static final TupleTag<Row> BAND_POWER = new TupleTag<>() { };
    static final TupleTag<Row> EPOCHS = new TupleTag<>() { };
    static final TupleTag<Row> FAILURES = new TupleTag<>() { };
    static final TupleTag<KV<String, String>> NOTES = new TupleTag<>() { };

    private final EphysSettings settings;
    private final Counter failures = Metrics.counter("neurobeam", AnalysisStage.FAILURES_METRIC);

    AnalyseEphysFn(EphysSettings settings) {
        this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<RecordingRef, Row> recording, MultiOutputReceiver out) {
        RecordingRef ref = recording.getKey();
        Set<String> bads = new HashSet<>();
        Double lineHz;
        try {
            EphysMetadata metadata = EphysMetadata.of(ref);
            metadata.channels().ifPresent(c -> c.bad().stream().map(Channel::name).forEach(bads::add));
            lineHz = metadata.sidecar().powerLineFrequency().isPresent()
                    ? metadata.sidecar().powerLineFrequency().getAsDouble() : null;
        } catch (IOException | RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "metadata", e));
            return;
        }
        try (RawReader reader = EphysRecording.open(Path.of(ref.path()))) {
            RawInfo info = reader.info();
            for (org.neurobeam.ingest.ephys.Channel c : info.channels()) {
                out.get(CHANNELS).output(ChannelsTable.row(ref.recordingId(), c.name(),
                        EphysSignals.typeName(c.type()), c.unit(), c.sampleRate(), bads.contains(c.name()) ? "bad" : "good"));
            }
            List<EphysEvents.Item> events;
            try {
                events = EphysEvents.of(ref, reader);
            } catch (IOException | RuntimeException e) {
                fail(out, FailuresTable.row(ref.path(), "events", e));
                return;
            }
            events.forEach(i -> out.get(EVENTS).output(EventsTable.row(ref.recordingId(), i.onset(), i.duration(),
                    i.description(), i.source())));
            List<RateGroup> groups;
            try {
                groups = EphysSignals.read(reader);
            } catch (IOException | RuntimeException e) {
                fail(out, FailuresTable.row(ref.path(), "read", e));
                return;
            }
            analyse(ref, groups, bads, lineHz, EphysEvents.forEpochs(events), out);
        } catch (IOException | RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "read", e));
        }
    }

    private void analyse(RecordingRef ref, List<RateGroup> groups, Set<String> bads, Double lineHz,
            List<EphysEvents.Item> events, MultiOutputReceiver out) {
        List<RateGroup> filtered = new ArrayList<>();
        try {
            for (RateGroup g : groups) {
                filtered.add(EphysSignals.reference(g, settings.reference(), bads));
            }
        } catch (RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "reference", e));
            return;
        }
        try {
            List<String> notes = new ArrayList<>();
            filtered.replaceAll(g -> EphysSignals.filter(g, settings, lineHz, notes));
            notes.forEach(n -> out.get(NOTES).output(KV.of(ref.path(), n)));
        } catch (RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "filter", e));
            return;
        }
        for (RateGroup g : filtered) {
            bandPower(ref, g, out);
            if (settings.epochs()) {
                epochs(ref, g, bads, events, out);
            }
        }
    }

    private void bandPower(RecordingRef ref, RateGroup g, MultiOutputReceiver out) {
        try {
            BandPower power = BandPower.of(Welch.psd(g.data(), g.sfreq(), WelchConfig.defaults()),
                    FrequencyBand.CLASSICAL);
            for (FrequencyBand band : FrequencyBand.CLASSICAL) {
                for (int c = 0; c < g.names().size(); c++) {
                    out.get(BAND_POWER).output(BandPowerTable.row(ref.recordingId(), g.names().get(c), band.name(),
                            band.lowHz(), band.highHz(), power.absolute().get(band.name())[c],
                            power.relative().get(band.name())[c]));
                }
            }
        } catch (RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "band_power", e));
        }
    }

    /** MNE's {@code Epochs} with baseline (None, 0) when the window holds 0, events coded in order of first use. */
    private void epochs(RecordingRef ref, RateGroup g, Set<String> bads, List<EphysEvents.Item> events,
            MultiOutputReceiver out) {
        try {
            Map<String, Integer> codes = new LinkedHashMap<>();
            List<Event> samples = new ArrayList<>();
            for (EphysEvents.Item item : events) {
                int code = codes.computeIfAbsent(item.description(), d -> codes.size() + 1);
                samples.add(new Event((int) Math.round(item.onset() * g.sfreq()), code));
            }
            Map<String, Double> reject = new LinkedHashMap<>();
            if (settings.rejectPtp() != null) {
                g.types().forEach(t -> reject.put(t, settings.rejectPtp()));
            }
            boolean baseline = settings.epochTmin() <= 0 && settings.epochTmax() >= 0;
            EpochConfig config = new EpochConfig(settings.epochTmin(), settings.epochTmax(),
                    baseline ? Baseline.DEFAULT : null, reject, Map.of());
            Recording recording = new Recording(g.names(), g.types(),
                    new HashSet<>(bads.stream().filter(g.names()::contains).toList()), g.data(), g.sfreq(), 0);
            Epochs epochs = Epocher.cut(recording, samples, config);
            for (int e = 0; e < epochs.data().length; e++) {
                int index = epochs.selection()[e];
                for (int c = 0; c < g.names().size(); c++) {
                    out.get(EPOCHS).output(EpochsTable.row(ref.recordingId(), index, events.get(index).description(),
                            g.names().get(c), epochs.times()[0], g.sfreq(),
                            Arrays.stream(epochs.data()[e][c]).boxed().toList()));
                }
            }
            long dropped = epochs.dropLog().stream().filter(l -> !l.isEmpty()).count();
            if (dropped > 0) {
                out.get(NOTES).output(KV.of(ref.path(), "epochs: " + dropped + " of " + events.size()
                        + " epochs at " + g.sfreq() + " Hz dropped: " + epochs.dropLog()));
            }
        } catch (RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "epochs", e));
        }
    }

    private void fail(MultiOutputReceiver out, Row row) {
        failures.inc();
        out.get(FAILURES).output(row);
    }
}
