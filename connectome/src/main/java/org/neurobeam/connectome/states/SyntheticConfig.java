package org.neurobeam.connectome.states;

import org.neurobeam.ingest.Checks;

/**
 * The paper demo's synthetic experiment (notes §B.4): π_{n←n'} ~ Dirichlet(scale·[s(1−p), 1−s, s·p]),
 * per-state classes drawn from π, strength log(1 + 3U), bias 0.1(U − 0.5) shared by the states, sticky Π,
 * uniform initial state, Poisson counts through the scaled sigmoid.
 *
 * @param states S
 * @param units N
 * @param sequences number of sequences
 * @param bins bins per sequence
 * @param sparsity s, the expected fraction of connected pairs
 * @param excitatoryFraction p_exc among connected pairs
 * @param dirichletScale concentration scale (2)
 * @param stickiness self-transition probability
 * @param link inverse link
 * @param basis history basis
 * @param seed seed of every random draw
 */
public record SyntheticConfig(int states, int units, int sequences, int bins, double sparsity,
        double excitatoryFraction, double dirichletScale, double stickiness, Link link, HistoryBasis basis,
        long seed) {

    /** Validates every option. */
    public SyntheticConfig {
        Checks.argument(states >= 1, "states", "expected at least 1, got %d", states);
        Checks.argument(units >= 1, "units", "expected at least 1, got %d", units);
        Checks.argument(sequences >= 1, "sequences", "expected at least 1, got %d", sequences);
        Checks.argument(bins >= 1, "bins", "expected at least 1, got %d", bins);
        Checks.argument(sparsity > 0 && sparsity < 1, "sparsity", "expected in (0, 1), got %s", sparsity);
        Checks.argument(excitatoryFraction > 0 && excitatoryFraction < 1, "excitatoryFraction",
                "expected in (0, 1), got %s", excitatoryFraction);
        Checks.positive(dirichletScale, "dirichletScale");
        Checks.argument(stickiness > 0 && stickiness <= 1, "stickiness", "expected in (0, 1], got %s", stickiness);
        Checks.argument(link != null, "link", "must not be null");
        Checks.argument(basis != null, "basis", "must not be null");
    }

    /** The paper's demo: 5 states, 20 units, 50 sequences × 2000 bins (30 train, 20 test). */
    public static SyntheticConfig paperDemo(long seed) {
        return of(5, 20, 50, 2000, seed);
    }

    /** Paper settings at another size. */
    public static SyntheticConfig of(int states, int units, int sequences, int bins, long seed) {
        return new SyntheticConfig(states, units, sequences, bins, 0.2, 0.5, 2.0, 0.98, Link.SCALED_SIGMOID,
                HistoryBasis.paperDefault(), seed);
    }
}
