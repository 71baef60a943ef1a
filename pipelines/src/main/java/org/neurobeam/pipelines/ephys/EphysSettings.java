package org.neurobeam.pipelines.ephys;

import java.io.Serializable;
import org.neurobeam.ingest.Checks;

/**
 * What {@code run} does with EEG, MEG and iEEG recordings after reading them: optional re-referencing, FIR
 * filters with MNE's defaults, then the channels, events and band_power tables, and epochs when asked for.
 *
 * @param lFreq     FIR high-pass edge in Hz ({@code l_freq}), or null
 * @param hFreq     FIR low-pass edge in Hz ({@code h_freq}), or null
 * @param notch     FIR notch at the sidecar's {@code PowerLineFrequency} and its harmonics below Nyquist
 * @param reference {@code none}, {@code average}, {@code bipolar-shafts} or the name of a reference channel
 * @param epochTmin epoch start in seconds relative to each event, or null for no epochs
 * @param epochTmax epoch end in seconds (inclusive), or null for no epochs
 * @param rejectPtp peak-to-peak rejection threshold in the data unit (V for EEG), or null
 */
public record EphysSettings(Double lFreq, Double hFreq, boolean notch, String reference, Double epochTmin,
        Double epochTmax, Double rejectPtp) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No filter, no notch, no re-referencing, no epochs. */
    public static final EphysSettings DEFAULTS = new EphysSettings(null, null, false, "none", null, null, null);

    public EphysSettings {
        Checks.argument(lFreq == null || lFreq > 0, "--l-freq", "expected a positive frequency in Hz, got %s", lFreq);
        Checks.argument(hFreq == null || hFreq > 0, "--h-freq", "expected a positive frequency in Hz, got %s", hFreq);
        Checks.argument(lFreq == null || hFreq == null || lFreq < hFreq, "--l-freq",
                "must be below --h-freq (%s Hz), got %s Hz", hFreq, lFreq);
        Checks.argument(reference != null && !reference.isBlank(), "--reference",
                "expected average, a channel name, bipolar-shafts or none");
        Checks.argument((epochTmin == null) == (epochTmax == null), "--epochs", "expected TMIN,TMAX");
        Checks.argument(epochTmin == null || epochTmin <= epochTmax, "--epochs",
                "TMIN (%s) must not exceed TMAX (%s)", epochTmin, epochTmax);
        Checks.argument(rejectPtp == null || rejectPtp > 0, "--reject-ptp", "expected a positive amplitude, got %s",
                rejectPtp);
        Checks.argument(rejectPtp == null || epochTmin != null, "--reject-ptp", "applies to epochs: give --epochs");
    }

    /** Whether epochs are cut. */
    public boolean epochs() {
        return epochTmin != null;
    }
}
