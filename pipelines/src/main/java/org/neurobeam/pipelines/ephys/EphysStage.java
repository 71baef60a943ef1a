package org.neurobeam.pipelines.ephys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTagList;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.stage.StageOutput;
import org.neurobeam.pipelines.stage.TableOutput;
import org.neurobeam.pipelines.tables.BandPowerTable;
import org.neurobeam.pipelines.tables.ChannelsTable;
import org.neurobeam.pipelines.tables.EpochsTable;
import org.neurobeam.pipelines.tables.EventsTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.preprocess.ephys.spectral.FrequencyBand;

/** The EEG/MEG/iEEG analysis as a stage of {@code run}: channels, events, band_power, and epochs when asked. */
public final class EphysStage implements AnalysisStage {

    private final EphysSettings settings;

    public EphysStage(EphysSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<Modality> modalities() {
        return Set.of(Modality.EEG, Modality.MEG, Modality.IEEG);
    }

    @Override
    public void validate() {
        // the settings validate themselves; there is no stage-wide input to check
    }

    @Override
    public StageOutput expand(PCollection<KV<RecordingRef, Row>> recordings) {
        PCollectionTuple out = recordings.apply("EEG/MEG analysis", ParDo.of(new AnalyseEphysFn(settings))
                .withOutputTags(AnalyseEphysFn.CHANNELS, TupleTagList.of(AnalyseEphysFn.EVENTS)
                        .and(AnalyseEphysFn.BAND_POWER).and(AnalyseEphysFn.EPOCHS).and(AnalyseEphysFn.FAILURES)
                        .and(AnalyseEphysFn.NOTES)));
        List<TableOutput> tables = new ArrayList<>(List.of(
                new TableOutput(ChannelsTable.NAME, ChannelsTable.SCHEMA,
                        out.get(AnalyseEphysFn.CHANNELS).setRowSchema(ChannelsTable.SCHEMA)),
                new TableOutput(EventsTable.NAME, EventsTable.SCHEMA,
                        out.get(AnalyseEphysFn.EVENTS).setRowSchema(EventsTable.SCHEMA)),
                new TableOutput(BandPowerTable.NAME, BandPowerTable.SCHEMA,
                        out.get(AnalyseEphysFn.BAND_POWER).setRowSchema(BandPowerTable.SCHEMA))));
        PCollection<Row> epochs = out.get(AnalyseEphysFn.EPOCHS).setRowSchema(EpochsTable.SCHEMA);
        if (settings.epochs()) {
            tables.add(new TableOutput(EpochsTable.NAME, EpochsTable.SCHEMA, epochs));
        }
        return new StageOutput(tables, out.get(AnalyseEphysFn.FAILURES).setRowSchema(FailuresTable.SCHEMA),
                out.get(AnalyseEphysFn.NOTES).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    }

    @Override
    public Map<String, Object> provenance() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("l_freq", settings.lFreq());
        p.put("h_freq", settings.hFreq());
        p.put("fir", "MNE defaults: firwin, hamming, zero phase, reflect_limited padding");
        p.put("notch", settings.notch() ? "PowerLineFrequency and harmonics below Nyquist" : "off");
        p.put("reference", settings.reference());
        p.put("epochs", settings.epochs() ? List.of(settings.epochTmin(), settings.epochTmax()) : "off");
        p.put("reject_ptp", settings.rejectPtp());
        p.put("psd", "Welch, MNE 1.3 psd_array_welch defaults (n_fft 256, no overlap, hamming)");
        p.put("bands", FrequencyBand.CLASSICAL.stream().map(b -> b.name() + " [" + b.lowHz() + ", " + b.highHz() + ") Hz")
                .toList());
        return p;
    }
}
