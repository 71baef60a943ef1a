package org.neurobeam.cohorts.ephys;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The three electrophysiology datatypes of BIDS and what the specification requires of each (BIDS 1.11
 * "Modality specific files": Electroencephalography, Magnetoencephalography, Intracranial
 * Electroencephalography; schema {@code rules/tabular_data/{eeg,meg,ieeg}.yaml},
 * {@code objects/columns.yaml} {@code type__*_channels}, {@code rules/sidecars/*}): the datatype folder and
 * suffix, the required {@code channels.tsv} and {@code electrodes.tsv} columns, the allowed channel types,
 * the required sidecar keys and the prefix of the {@code coordsystem.json} keys.
 */
public enum EphysDatatype {
    EEG("eeg", "EEG",
            List.of("name", "type", "units"),
            Set.of("AUDIO", "EEG", "EOG", "ECG", "EMG", "EYEGAZE", "GSR", "HEOG", "MISC", "PPG", "PUPIL", "REF",
                    "RESP", "SYSCLOCK", "TEMP", "TRIG", "VEOG"),
            List.of("name", "x", "y", "z"),
            List.of("TaskName", "EEGReference", "SamplingFrequency", "PowerLineFrequency", "SoftwareFilters"),
            "EEGReference"),
    MEG("meg", "MEG",
            List.of("name", "type", "units"),
            Set.of("MEGMAG", "MEGGRADAXIAL", "MEGGRADPLANAR", "MEGREFMAG", "MEGREFGRADAXIAL", "MEGREFGRADPLANAR",
                    "MEGOTHER", "EEG", "ECOG", "SEEG", "DBS", "VEOG", "HEOG", "EOG", "ECG", "EMG", "TRIG", "AUDIO",
                    "PD", "EYEGAZE", "PUPIL", "MISC", "SYSCLOCK", "ADC", "DAC", "HLU", "FITERR", "OTHER"),
            List.of("name", "x", "y", "z"),
            List.of("TaskName", "SamplingFrequency", "PowerLineFrequency", "DewarPosition", "SoftwareFilters",
                    "DigitizedLandmarks", "DigitizedHeadPoints"),
            null),
    IEEG("ieeg", "iEEG",
            List.of("name", "type", "units", "low_cutoff", "high_cutoff"),
            Set.of("EEG", "ECOG", "SEEG", "DBS", "VEOG", "HEOG", "EOG", "ECG", "EMG", "TRIG", "AUDIO", "PD",
                    "EYEGAZE", "PUPIL", "MISC", "SYSCLOCK", "ADC", "DAC", "REF", "OTHER"),
            List.of("name", "x", "y", "z", "size"),
            List.of("TaskName", "iEEGReference", "SamplingFrequency", "PowerLineFrequency", "SoftwareFilters"),
            "iEEGReference");

    private final String suffix;
    private final String prefix;
    private final List<String> channelColumns;
    private final Set<String> channelTypes;
    private final List<String> electrodeColumns;
    private final List<String> sidecarKeys;
    private final String referenceKey;

    EphysDatatype(String suffix, String prefix, List<String> channelColumns, Set<String> channelTypes,
            List<String> electrodeColumns, List<String> sidecarKeys, String referenceKey) {
        this.suffix = suffix;
        this.prefix = prefix;
        this.channelColumns = channelColumns;
        this.channelTypes = channelTypes;
        this.electrodeColumns = electrodeColumns;
        this.sidecarKeys = sidecarKeys;
        this.referenceKey = referenceKey;
    }

    /** The datatype of a recording, from its BIDS suffix; fails when it is not {@code eeg}, {@code meg} or {@code ieeg}. */
    public static EphysDatatype of(RecordingRef recording) {
        return ofName(recording.suffix()).orElseThrow(() -> new IllegalArgumentException(
                "recording " + recording.recordingId() + ": suffix '" + recording.suffix() + "' is not eeg, meg or ieeg"));
    }

    /** The datatype whose folder holds {@code file} ({@code sub-01/ieeg/...} is iEEG); fails naming the file otherwise. */
    static EphysDatatype ofFolder(Path file) throws InvalidInputException {
        Path folder = file.toAbsolutePath().getParent();
        return Optional.ofNullable(folder == null ? null : folder.getFileName())
                .flatMap(name -> ofName(name.toString()))
                .orElseThrow(() -> new InvalidInputException(file, null, "not in an eeg/, meg/ or ieeg/ folder,"
                        + " so the datatype's required columns are unknown; give the datatype"));
    }

    private static Optional<EphysDatatype> ofName(String name) {
        for (EphysDatatype d : values()) {
            if (d.suffix.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The suffix and datatype folder: {@code eeg}, {@code meg}, {@code ieeg}. */
    public String suffix() {
        return suffix;
    }

    /** The prefix of the datatype's keys ({@code EEG}, {@code MEG}, {@code iEEG}), as in {@code iEEGCoordinateSystem}. */
    public String prefix() {
        return prefix;
    }

    /** The REQUIRED {@code channels.tsv} columns. */
    public List<String> channelColumns() {
        return channelColumns;
    }

    /** The values the {@code type} column of {@code channels.tsv} may take (upper case). */
    public Set<String> channelTypes() {
        return channelTypes;
    }

    /** The REQUIRED {@code electrodes.tsv} columns ({@code size} only for iEEG). */
    public List<String> electrodeColumns() {
        return electrodeColumns;
    }

    /** The REQUIRED keys of the data file's JSON sidecar. */
    public List<String> sidecarKeys() {
        return sidecarKeys;
    }

    /** The sidecar key of the recording reference ({@code EEGReference}, {@code iEEGReference}), or {@code null} for MEG. */
    public String referenceKey() {
        return referenceKey;
    }
}
