package org.neurobeam.preprocess.ephys.spectral;

import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * A named frequency band {@code [lowHz, highHz)} (lower edge included, upper excluded).
 *
 * @param name label, e.g. "alpha"
 * @param lowHz inclusive lower edge
 * @param highHz exclusive upper edge
 */
public record FrequencyBand(String name, double lowHz, double highHz) {

    /** The conventional EEG bands: delta 1-4, theta 4-8, alpha 8-13, beta 13-30, gamma 30-45 Hz. */
    public static final List<FrequencyBand> CLASSICAL = List.of(new FrequencyBand("delta", 1, 4),
            new FrequencyBand("theta", 4, 8), new FrequencyBand("alpha", 8, 13), new FrequencyBand("beta", 13, 30),
            new FrequencyBand("gamma", 30, 45));

    /** Validates the edges. */
    public FrequencyBand {
        Checks.argument(name != null && !name.isBlank(), "bands", "a band needs a name");
        Checks.argument(lowHz >= 0 && lowHz < highHz, "bands", "band %s needs 0 <= low < high, got [%s, %s)", name,
                lowHz, highHz);
    }
}
