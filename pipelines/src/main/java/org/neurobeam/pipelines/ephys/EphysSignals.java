package org.neurobeam.pipelines.ephys;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.preprocess.ephys.filter.FirConfig;
import org.neurobeam.preprocess.ephys.filter.FirDesign;
import org.neurobeam.preprocess.ephys.filter.FirFilter;
import org.neurobeam.preprocess.ephys.filter.Notch;
import org.neurobeam.preprocess.ephys.filter.NotchConfig;
import org.neurobeam.preprocess.ephys.reference.Channels;
import org.neurobeam.preprocess.ephys.reference.Rereference;
import org.neurobeam.preprocess.ephys.reference.SeegShafts;

/**
 * The data channels of a recording (MNE's "data" types: EEG, MEG, sEEG, ECoG, DBS), grouped by sampling rate, read, then
 * re-referenced and filtered as {@link EphysSettings} say. Each group is held whole: zero-phase FIR filtering
 * pads and convolves the full signal, as MNE does.
 */
final class EphysSignals {

    /** The channel types analysed. */
    private static final Set<ChannelType> DATA = Set.of(ChannelType.EEG, ChannelType.MEG_MAG, ChannelType.MEG_GRAD,
            ChannelType.SEEG, ChannelType.ECOG, ChannelType.DBS);

    /** Channel types re-referenced by {@code average} or a channel, as MNE's {@code set_eeg_reference}. */
    private static final Set<String> REFERENCED = Set.of("eeg", "seeg", "ecog", "dbs");

    private EphysSignals() {
    }

    /** MNE's name of a channel type ({@code eeg}, {@code mag}, {@code grad}, {@code stim}, ...). */
    static String typeName(ChannelType type) {
        switch (type) {
            case MEG_MAG:
                return "mag";
            case MEG_GRAD:
                return "grad";
            default:
                return type.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reads every rate group of data channels; fails when the recording has none. */
    static List<RateGroup> read(RawReader reader) throws IOException {
        RawInfo info = reader.info();
        Map<Double, List<Integer>> byRate = new LinkedHashMap<>();
        for (int c = 0; c < info.channels().size(); c++) {
            if (DATA.contains(info.channels().get(c).type())) {
                byRate.computeIfAbsent(info.channels().get(c).sampleRate(), r -> new ArrayList<>()).add(c);
            }
        }
        if (byRate.isEmpty()) {
            throw new IllegalArgumentException("no EEG, MEG, sEEG, ECoG or DBS channel to analyse");
        }
        List<RateGroup> groups = new ArrayList<>();
        for (Map.Entry<Double, List<Integer>> e : byRate.entrySet()) {
            int[] indices = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            Channel first = info.channels().get(indices[0]);
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int c : indices) {
                names.add(info.channels().get(c).name());
                types.add(typeName(info.channels().get(c).type()));
            }
            groups.add(new RateGroup(e.getKey(), names, types,
                    reader.read(indices, 0, Math.toIntExact(first.sampleCount()))));
        }
        return groups;
    }

    /**
     * Re-references the EEG/sEEG/ECoG/DBS channels of {@code group}: bad channels are left out of the
     * reference and left unchanged; {@code bipolar-shafts} replaces contacts by consecutive-contact differences.
     */
    static RateGroup reference(RateGroup group, String reference, Collection<String> bads) {
        if (reference.equals("none")) {
            return group;
        }
        List<Integer> rows = new ArrayList<>();
        for (int c = 0; c < group.names().size(); c++) {
            if (REFERENCED.contains(group.types().get(c))) {
                rows.add(c);
            }
        }
        if (rows.isEmpty()) {
            return group;
        }
        List<String> names = rows.stream().map(group.names()::get).toList();
        double[][] data = rows.stream().map(r -> group.data()[r]).toArray(double[][]::new);
        Channels channels = new Channels(names, data);
        List<String> groupBads = bads.stream().filter(names::contains).toList();
        Channels referenced;
        if (reference.equals("average")) {
            referenced = Rereference.average(channels, groupBads);
        } else if (reference.equals("bipolar-shafts")) {
            referenced = SeegShafts.bipolar(channels);
        } else {
            referenced = Rereference.toChannels(channels, List.of(reference), groupBads);
        }
        List<String> outNames = new ArrayList<>();
        List<String> outTypes = new ArrayList<>();
        List<double[]> outData = new ArrayList<>();
        for (int c = 0; c < group.names().size(); c++) {
            if (!rows.contains(c)) {
                outNames.add(group.names().get(c));
                outTypes.add(group.types().get(c));
                outData.add(group.data()[c]);
            }
        }
        for (int c = 0; c < referenced.names().size(); c++) {
            String name = referenced.names().get(c);
            outNames.add(name);
            int source = names.indexOf(name);
            outTypes.add(group.types().get(rows.get(source >= 0 ? source : 0)));
            outData.add(referenced.data()[c]);
        }
        return new RateGroup(group.sfreq(), outNames, outTypes, outData.toArray(double[][]::new));
    }

    /**
     * Applies the band-pass and the notch of {@code settings}; each filter's description goes to
     * {@code notes}. {@code lineHz} is the sidecar's power line frequency, or null.
     */
    static RateGroup filter(RateGroup group, EphysSettings settings, Double lineHz, List<String> notes) {
        double[][] data = group.data();
        if (settings.lFreq() != null || settings.hFreq() != null) {
            FirFilter fir = FirDesign.design(group.sfreq(),
                    new FirConfig(settings.lFreq(), settings.hFreq(), null, null, null));
            notes.add("filter: " + fir.description());
            data = fir.apply(data);
        }
        if (settings.notch()) {
            if (lineHz == null) {
                throw new IllegalArgumentException("--notch: the sidecar gives no PowerLineFrequency");
            }
            FirFilter notch = Notch.design(group.sfreq(), NotchConfig.lineHarmonics(lineHz, group.sfreq()));
            notes.add("notch: " + notch.description());
            data = notch.apply(data);
        }
        return new RateGroup(group.sfreq(), group.names(), group.types(), data);
    }
}
