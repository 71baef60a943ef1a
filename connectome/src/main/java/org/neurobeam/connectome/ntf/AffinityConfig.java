package org.neurobeam.connectome.ntf;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link PairAffinities}. Windows are non-overlapping blocks of {@code windowSamples}; a trailing
 * partial block is dropped (our choice).
 *
 * @param kind the affinity
 * @param windowSamples window length L (notes: 10 samples, about 3 s at 3 Hz)
 * @param smoothingSigmaSamples σ of the Gaussian smoothing before the derivative (notes: about 1 s, 3 samples at
 *     3 Hz); differential affinity only, 0 disables it
 * @param bins equal-width bins per trace and window; mutual information only
 */
public record AffinityConfig(AffinityKind kind, int windowSamples, double smoothingSigmaSamples, int bins) {

    public AffinityConfig {
        Objects.requireNonNull(kind, "kind");
        Checks.argument(windowSamples >= 2, "windowSamples", "expected at least 2, got %d", windowSamples);
        Checks.argument(Double.isFinite(smoothingSigmaSamples) && smoothingSigmaSamples >= 0, "smoothingSigmaSamples",
                "expected a finite value >= 0, got %s", smoothingSigmaSamples);
        Checks.argument(bins >= 2, "bins", "expected at least 2, got %d", bins);
    }

    /** The notes' default: differential affinity, L = 10, σ = 3 samples (4 bins, unused). */
    public static AffinityConfig differential() {
        return new AffinityConfig(AffinityKind.DIFFERENTIAL, 10, 3.0, 4);
    }

    public AffinityConfig withKind(AffinityKind kind) {
        return new AffinityConfig(kind, windowSamples, smoothingSigmaSamples, bins);
    }

    public AffinityConfig withWindowSamples(int windowSamples) {
        return new AffinityConfig(kind, windowSamples, smoothingSigmaSamples, bins);
    }

    public AffinityConfig withBins(int bins) {
        return new AffinityConfig(kind, windowSamples, smoothingSigmaSamples, bins);
    }
}
