package org.neurobeam.preprocess;

import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.signal.Standardize;

/**
 * Settings of {@link SignalCleaner}, with nilearn {@code signal.clean}'s defaults:
 * {@code detrend=True, standardize='zscore_sample', filter='butterworth', low_pass=None,
 * high_pass=None, standardize_confounds=True, extrapolate=True}. Unlike nilearn (whose {@code t_r}
 * silently defaults to 2.5 s) the repetition time has no default and is required whenever a cut-off is set.
 *
 * @param detrend remove a linear trend from signals and confounds
 * @param standardize final per-column standardisation
 * @param filter Butterworth or cosine; inactive while no cut-off is set
 * @param lowPassHz Butterworth low-pass cut-off in Hz, or null
 * @param highPassHz high-pass cut-off in Hz, or null
 * @param repetitionTimeSeconds sampling interval t_r, or null when no filtering is asked for
 * @param standardizeConfounds z-score confounds before the projection (else max-abs scaling)
 * @param extrapolate with a sample mask and a Butterworth filter, extrapolate censored volumes at
 *     both ends instead of trimming them
 */
public record CleaningConfig(boolean detrend, Standardize standardize, FilterType filter, Double lowPassHz,
        Double highPassHz, Double repetitionTimeSeconds, boolean standardizeConfounds, boolean extrapolate) {

    /** nilearn's signal.clean defaults. */
    public static final CleaningConfig DEFAULTS = builder().build();

    public CleaningConfig {
        Checks.argument(standardize != null, "standardize", "expected one of zscore_sample, zscore, psc, none");
        Checks.argument(filter != null, "filter", "expected butterworth or cosine");
        Checks.argument(lowPassHz == null || (lowPassHz > 0 && Double.isFinite(lowPassHz)), "low_pass",
                "expected a positive frequency in Hz, got %s", lowPassHz);
        Checks.argument(highPassHz == null || (highPassHz > 0 && Double.isFinite(highPassHz)), "high_pass",
                "expected a positive frequency in Hz, got %s", highPassHz);
        Checks.argument(repetitionTimeSeconds == null
                || (repetitionTimeSeconds > 0 && Double.isFinite(repetitionTimeSeconds)), "t_r",
                "expected a positive repetition time in seconds, got %s", repetitionTimeSeconds);
        Checks.argument(repetitionTimeSeconds != null || (lowPassHz == null && highPassHz == null), "t_r",
                "the repetition time is required when low_pass or high_pass is set");
        Checks.argument(lowPassHz == null || highPassHz == null || highPassHz < lowPassHz, "high_pass",
                "high_pass (%s Hz) must be lower than low_pass (%s Hz)", highPassHz, lowPassHz);
        Checks.argument(filter != FilterType.COSINE || lowPassHz == null, "low_pass",
                "the cosine filter is high-pass only; use filter=butterworth for a low-pass");
        Checks.argument(filter != FilterType.COSINE || highPassHz != null, "high_pass",
                "the cosine filter needs a high_pass cut-off");
    }

    /** True when a temporal filter will run. */
    public boolean filters() {
        return lowPassHz != null || highPassHz != null;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.detrend = detrend;
        b.standardize = standardize;
        b.filter = filter;
        b.lowPassHz = lowPassHz;
        b.highPassHz = highPassHz;
        b.repetitionTimeSeconds = repetitionTimeSeconds;
        b.standardizeConfounds = standardizeConfounds;
        b.extrapolate = extrapolate;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private boolean detrend = true;
        private Standardize standardize = Standardize.ZSCORE_SAMPLE;
        private FilterType filter = FilterType.BUTTERWORTH;
        private Double lowPassHz;
        private Double highPassHz;
        private Double repetitionTimeSeconds;
        private boolean standardizeConfounds = true;
        private boolean extrapolate = true;

        private Builder() {
        }

        public Builder detrend(boolean value) {
            detrend = value;
            return this;
        }

        public Builder standardize(Standardize value) {
            standardize = value;
            return this;
        }

        public Builder filter(FilterType value) {
            filter = value;
            return this;
        }

        public Builder lowPassHz(Double value) {
            lowPassHz = value;
            return this;
        }

        public Builder highPassHz(Double value) {
            highPassHz = value;
            return this;
        }

        public Builder repetitionTimeSeconds(Double value) {
            repetitionTimeSeconds = value;
            return this;
        }

        public Builder standardizeConfounds(boolean value) {
            standardizeConfounds = value;
            return this;
        }

        public Builder extrapolate(boolean value) {
            extrapolate = value;
            return this;
        }

        public CleaningConfig build() {
            return new CleaningConfig(detrend, standardize, filter, lowPassHz, highPassHz, repetitionTimeSeconds,
                    standardizeConfounds, extrapolate);
        }
    }
}
