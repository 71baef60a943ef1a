package org.neurobeam.pipelines.ephys;

import java.util.List;
import picocli.CommandLine.Option;

/** The EEG/MEG/iEEG options of {@code run}, mapped onto {@link EphysSettings}. */
public final class EphysOptions {

    @Option(names = "--l-freq", paramLabel = "HZ", description = "EEG/MEG FIR high-pass edge (MNE defaults; default: none).")
    Double lFreq;

    @Option(names = "--h-freq", paramLabel = "HZ", description = "EEG/MEG FIR low-pass edge (MNE defaults; default: none).")
    Double hFreq;

    @Option(names = "--notch", description = "EEG/MEG FIR notch at the sidecar's PowerLineFrequency and harmonics.")
    boolean notch;

    @Option(names = "--reference", paramLabel = "average|CHANNEL|bipolar-shafts|none", defaultValue = "none",
            description = "EEG/iEEG re-referencing (default: ${DEFAULT-VALUE}).")
    String reference;

    @Option(names = "--epochs", paramLabel = "TMIN,TMAX", split = ",",
            description = "Cut epochs around events, seconds relative to each event (default: off).")
    List<Double> epochs;

    @Option(names = "--reject-ptp", paramLabel = "VOLTS", description = "Drop epochs whose peak-to-peak exceeds this.")
    Double rejectPtp;

    /** The settings these options describe. */
    public EphysSettings settings() {
        if (epochs != null && epochs.size() != 2) {
            throw new IllegalArgumentException("--epochs: expected TMIN,TMAX, got " + epochs);
        }
        return new EphysSettings(lFreq, hFreq, notch, reference, epochs == null ? null : epochs.get(0),
                epochs == null ? null : epochs.get(1), rejectPtp);
    }
}
