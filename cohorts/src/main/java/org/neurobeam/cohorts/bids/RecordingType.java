package org.neurobeam.cohorts.bids;

import java.util.Optional;
import java.util.Set;
import org.neurobeam.ingest.Modality;

/**
 * The BIDS data files that are recordings, by suffix, datatype folder and extension (BIDS "Modality
 * specific files": MRI task imaging data, EEG, MEG, iEEG). CTF {@code .ds} and MEF3 {@code .mefd} recordings
 * are directories.
 */
enum RecordingType {
    BOLD("bold", "func", Modality.BOLD, Set.of(".nii", ".nii.gz"), Set.of()),
    EEG("eeg", "eeg", Modality.EEG, Set.of(".edf", ".bdf", ".vhdr", ".set"), Set.of()),
    MEG("meg", "meg", Modality.MEG, Set.of(".fif"), Set.of(".ds")),
    IEEG("ieeg", "ieeg", Modality.IEEG, Set.of(".edf", ".vhdr", ".set", ".nwb"), Set.of(".mefd"));

    private final String suffix;
    private final String datatype;
    private final Modality modality;
    private final Set<String> fileExtensions;
    private final Set<String> directoryExtensions;

    RecordingType(String suffix, String datatype, Modality modality, Set<String> fileExtensions,
            Set<String> directoryExtensions) {
        this.suffix = suffix;
        this.datatype = datatype;
        this.modality = modality;
        this.fileExtensions = fileExtensions;
        this.directoryExtensions = directoryExtensions;
    }

    /** The type whose suffix and extension {@code name} ends with, if any; names are not otherwise checked. */
    static Optional<RecordingType> of(String name, boolean directory) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String stem = name.substring(0, dot);
        String extension = name.substring(dot);
        for (RecordingType type : values()) {
            Set<String> extensions = directory ? type.directoryExtensions : type.fileExtensions;
            if (extensions.contains(extension) && stem.endsWith("_" + type.suffix)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The folder the files must sit in: {@code func}, {@code eeg}, {@code meg}, {@code ieeg}. */
    String datatype() {
        return datatype;
    }

    Modality modality() {
        return modality;
    }
}
