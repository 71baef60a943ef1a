package org.neurobeam.preprocess.parcellation;

import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link KMeansParcellation}; defaults after scikit-learn's {@code KMeans}
 * ({@code init="k-means++", n_init=10, max_iter=300}) with a fixed seed.
 *
 * @param clusters number of parcels k, at least 1
 * @param seed random seed of the k-means++ initialisations
 * @param restarts number of initialisations; the run of lowest inertia wins
 * @param maxIterations Lloyd iterations per run (a run also stops when no assignment changes)
 */
public record KMeansConfig(int clusters, long seed, int restarts, int maxIterations) {

    public KMeansConfig {
        Checks.argument(clusters >= 1, "clusters", "expected at least 1, got %d", clusters);
        Checks.argument(restarts >= 1, "restarts", "expected at least 1, got %d", restarts);
        Checks.argument(maxIterations >= 1, "maxIterations", "expected at least 1, got %d", maxIterations);
    }

    /** {@code clusters} parcels, seed 0, 10 restarts, 300 iterations. */
    public static KMeansConfig of(int clusters) {
        return new KMeansConfig(clusters, 0, 10, 300);
    }

    public KMeansConfig withSeed(long seed) {
        return new KMeansConfig(clusters, seed, restarts, maxIterations);
    }

    public KMeansConfig withRestarts(int restarts) {
        return new KMeansConfig(clusters, seed, restarts, maxIterations);
    }

    public KMeansConfig withMaxIterations(int maxIterations) {
        return new KMeansConfig(clusters, seed, restarts, maxIterations);
    }
}
