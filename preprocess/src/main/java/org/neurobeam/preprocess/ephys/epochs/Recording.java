package org.neurobeam.preprocess.ephys.epochs;

import java.util.List;
import java.util.Set;
import org.neurobeam.ingest.Checks;

/**
 * A continuous recording as MNE's Raw: data channels only (no stim channel), {@code double[channel][sample]}.
 *
 * @param names channel names
 * @param types channel type per channel, MNE's names ("eeg", "seeg", "ecog", "mag", "grad", ...)
 * @param bads channels excluded from rejection checks ({@code info['bads']})
 * @param data samples, channels first
 * @param samplingRateHz sampling rate
 * @param firstSample MNE's {@code first_samp}: the absolute sample number of {@code data[.][0]} (0 for RawArray)
 */
public record Recording(List<String> names, List<String> types, Set<String> bads, double[][] data,
        double samplingRateHz, int firstSample) {

    /** Checks shapes. */
    public Recording {
        names = List.copyOf(names);
        types = List.copyOf(types);
        bads = Set.copyOf(bads);
        Checks.argument(names.size() == data.length && types.size() == data.length, "info",
                "%d names and %d types for %d channels", names.size(), types.size(), data.length);
        Checks.argument(names.containsAll(bads), "bads", "bad channels %s are not all channel names", bads);
        Checks.positive(samplingRateHz, "sfreq");
    }

    /** Number of samples per channel. */
    public int samples() {
        return data.length == 0 ? 0 : data[0].length;
    }
}
