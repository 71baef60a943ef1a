package org.neurobeam.preprocess.calcium;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link CalciumPreprocess}, defaults as suite2p's {@code default_ops}
 * ({@code neucoeff=0.7}, {@link BaselineConfig#defaults()}).
 *
 * @param neuropilCoefficient suite2p's {@code neucoeff}
 * @param baseline            baseline settings
 */
public record CalciumConfig(double neuropilCoefficient, BaselineConfig baseline) {

    /** suite2p's default neuropil coefficient. */
    public static final double DEFAULT_NEUROPIL_COEFFICIENT = 0.7;

    /** Validates the settings. */
    public CalciumConfig {
        Checks.argument(Double.isFinite(neuropilCoefficient), "neucoeff",
                "expected a finite number, got %s", neuropilCoefficient);
        Objects.requireNonNull(baseline, "baseline");
    }

    /** suite2p's defaults. */
    public static CalciumConfig defaults() {
        return new CalciumConfig(DEFAULT_NEUROPIL_COEFFICIENT, BaselineConfig.defaults());
    }

    /** A copy with another neuropil coefficient. */
    public CalciumConfig withNeuropilCoefficient(double value) {
        return new CalciumConfig(value, baseline);
    }

    /** A copy with other baseline settings. */
    public CalciumConfig withBaseline(BaselineConfig value) {
        return new CalciumConfig(neuropilCoefficient, value);
    }
}
