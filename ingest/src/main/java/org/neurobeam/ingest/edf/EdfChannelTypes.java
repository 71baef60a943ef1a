package org.neurobeam.ingest.edf;

import java.util.Locale;
import java.util.Map;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.ephys.SiUnit;

/**
 * Channel type from an EDF label. EDF+ labels start with the signal type (EDF+ spec §2.1.3 item 9,
 * "standard texts": EEG, ECG, EOG, EMG, Resp, Temp, SaO2, ...), which is what MNE's
 * {@code infer_types=True} reads; a BDF "Status" channel holds triggers (BioSemi BDF notes). Labels
 * without a known type are EEG when they hold voltages (MNE's default), else MISC.
 */
final class EdfChannelTypes {

    private static final Map<String, ChannelType> PREFIXES = Map.ofEntries(
            Map.entry("EEG", ChannelType.EEG),
            Map.entry("ECG", ChannelType.ECG),
            Map.entry("EKG", ChannelType.ECG),
            Map.entry("EOG", ChannelType.EOG),
            Map.entry("EMG", ChannelType.EMG),
            Map.entry("MEG", ChannelType.MEG_MAG),
            Map.entry("SEEG", ChannelType.SEEG),
            Map.entry("ECOG", ChannelType.ECOG),
            Map.entry("RESP", ChannelType.RESP),
            Map.entry("TEMP", ChannelType.TEMP),
            Map.entry("GSR", ChannelType.GSR),
            Map.entry("EDA", ChannelType.GSR),
            Map.entry("SAO2", ChannelType.BIO),
            Map.entry("SPO2", ChannelType.BIO),
            Map.entry("STATUS", ChannelType.STIM),
            Map.entry("TRIGGER", ChannelType.STIM),
            Map.entry("EVENT", ChannelType.STIM));

    private EdfChannelTypes() {
    }

    static ChannelType of(String label, SiUnit unit) {
        String prefix = label.strip().split("[\\s-]", 2)[0].toUpperCase(Locale.ROOT);
        ChannelType known = PREFIXES.get(prefix);
        if (known != null) {
            return known;
        }
        return unit.isVoltage() ? ChannelType.EEG : ChannelType.MISC;
    }
}
