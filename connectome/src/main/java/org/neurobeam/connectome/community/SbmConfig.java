package org.neurobeam.connectome.community;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link WeightedSbm} (notes §A.5).
 *
 * @param degreeCorrection which variants to fit
 * @param restarts fits per variant (the first from singletons, the others from random partitions); the
 *     shortest description length wins
 * @param weightShape α of the Gamma(α, β) prior on the exponential weight rates; β is the mean edge weight
 *     (empirical Bayes, notes' default α = 1)
 * @param seed seed of the random starts and sweep orders
 */
public record SbmConfig(DegreeCorrection degreeCorrection, int restarts, double weightShape, long seed) {

    public SbmConfig {
        Objects.requireNonNull(degreeCorrection, "degreeCorrection");
        Checks.argument(restarts >= 1, "restarts", "expected at least 1, got %d", restarts);
        Checks.positive(weightShape, "weightShape");
    }

    /** AUTO, 5 restarts, α = 1, seed 0. */
    public static SbmConfig defaults() {
        return new SbmConfig(DegreeCorrection.AUTO, 5, 1.0, 0);
    }

    public SbmConfig withDegreeCorrection(DegreeCorrection degreeCorrection) {
        return new SbmConfig(degreeCorrection, restarts, weightShape, seed);
    }

    public SbmConfig withSeed(long seed) {
        return new SbmConfig(degreeCorrection, restarts, weightShape, seed);
    }
}
