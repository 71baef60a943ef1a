package org.neurobeam.connectome.dynamic;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link StateKMeans}.
 *
 * @param clusters number of states k ≥ 1
 * @param distance distance (Allen et al. 2014: L1; LEiDA: cosine)
 * @param restarts k-means++ initialisations; the lowest total distance wins (Allen repeated 500 times on
 *     exemplars; our default 20 on all windows, no exemplar stage)
 * @param maxIterations Lloyd iterations per restart
 * @param seed random seed
 */
public record StateClusteringConfig(int clusters, StateDistance distance, int restarts, int maxIterations, long seed) {

    public StateClusteringConfig {
        Checks.argument(clusters >= 1, "clusters", "expected at least 1, got %d", clusters);
        Objects.requireNonNull(distance, "distance");
        Checks.argument(restarts >= 1, "restarts", "expected at least 1, got %d", restarts);
        Checks.argument(maxIterations >= 1, "maxIterations", "expected at least 1, got %d", maxIterations);
    }

    /** {@code clusters} states, L1 distance, 20 restarts, 300 iterations, seed 0. */
    public static StateClusteringConfig of(int clusters) {
        return new StateClusteringConfig(clusters, StateDistance.L1, 20, 300, 0);
    }

    public StateClusteringConfig withClusters(int clusters) {
        return new StateClusteringConfig(clusters, distance, restarts, maxIterations, seed);
    }

    public StateClusteringConfig withDistance(StateDistance distance) {
        return new StateClusteringConfig(clusters, distance, restarts, maxIterations, seed);
    }

    public StateClusteringConfig withRestarts(int restarts) {
        return new StateClusteringConfig(clusters, distance, restarts, maxIterations, seed);
    }

    public StateClusteringConfig withSeed(long seed) {
        return new StateClusteringConfig(clusters, distance, restarts, maxIterations, seed);
    }
}
