package org.neurobeam.ingest.celegans;

import java.io.Serializable;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * How the collection is read: which resampled signal column, and the collection's sampling interval against
 * which each neuron's median {@code diff(time_in_seconds)} is checked. The defaults are the collection's:
 * {@code calcium_data} (resampled, smoothed, z-scored), {@code resample_dt = 0.333} s and the 0.01 s tolerance
 * its preprocessing asserts (worm-data-preprocess {@code config.py}; notes connectome.md §E.2 step 6).
 *
 * @param signal      the list column read as each neuron's trace, one of {@link #SIGNALS}
 * @param dt          the collection's sampling interval in seconds
 * @param dtTolerance how far a neuron's median dt may be from {@code dt}, in seconds
 */
public record CollectionConfig(String signal, double dt, double dtTolerance) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The resampled signal columns (the residual ones only in older builds). */
    public static final List<String> SIGNALS = List.of("calcium_data", "smooth_calcium_data", "residual_calcium",
            "smooth_residual_calcium");

    public CollectionConfig {
        Checks.option(signal, "signal", SIGNALS);
        Checks.positive(dt, "dt");
        Checks.positive(dtTolerance, "dt tolerance");
    }

    /** {@code calcium_data} at 0.333 s ± 0.01 s. */
    public static CollectionConfig defaults() {
        return new CollectionConfig("calcium_data", 0.333, 0.01);
    }

    public CollectionConfig withSignal(String value) {
        return new CollectionConfig(value, dt, dtTolerance);
    }

    public CollectionConfig withDt(double value) {
        return new CollectionConfig(signal, value, dtTolerance);
    }
}
