package org.neurobeam.connectome.ntf;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link NonNegativeCp}; defaults from notes §A.4: 10 random starts uniform in [0, 1), at most
 * 500 sweeps, stop when the relative loss change falls below 1e-6.
 *
 * @param rank number of components R ≥ 1
 * @param algorithm HALS (default) or multiplicative updates
 * @param restarts random initialisations; the lowest loss wins
 * @param maxSweeps sweeps over the three modes per start
 * @param tolerance relative loss change that stops a start
 * @param seed seed of the initialisations
 */
public record NtfConfig(int rank, NtfAlgorithm algorithm, int restarts, int maxSweeps, double tolerance, long seed) {

    public NtfConfig {
        Checks.argument(rank >= 1, "rank", "expected at least 1, got %d", rank);
        Objects.requireNonNull(algorithm, "algorithm");
        Checks.argument(restarts >= 1, "restarts", "expected at least 1, got %d", restarts);
        Checks.argument(maxSweeps >= 1, "maxSweeps", "expected at least 1, got %d", maxSweeps);
        Checks.positive(tolerance, "tolerance");
    }

    /** HALS, rank {@code rank}, 10 restarts, 500 sweeps, tolerance 1e-6, seed 0. */
    public static NtfConfig of(int rank) {
        return new NtfConfig(rank, NtfAlgorithm.HALS, 10, 500, 1e-6, 0);
    }

    public NtfConfig withRank(int rank) {
        return new NtfConfig(rank, algorithm, restarts, maxSweeps, tolerance, seed);
    }

    public NtfConfig withAlgorithm(NtfAlgorithm algorithm) {
        return new NtfConfig(rank, algorithm, restarts, maxSweeps, tolerance, seed);
    }

    public NtfConfig withRestarts(int restarts) {
        return new NtfConfig(rank, algorithm, restarts, maxSweeps, tolerance, seed);
    }

    public NtfConfig withMaxSweeps(int maxSweeps) {
        return new NtfConfig(rank, algorithm, restarts, maxSweeps, tolerance, seed);
    }

    public NtfConfig withSeed(long seed) {
        return new NtfConfig(rank, algorithm, restarts, maxSweeps, tolerance, seed);
    }
}
