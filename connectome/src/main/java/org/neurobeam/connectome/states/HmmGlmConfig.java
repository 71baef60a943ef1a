package org.neurobeam.connectome.states;

import org.neurobeam.ingest.Checks;

/**
 * Immutable, validated fitting options (defaults from notes §B.3).
 *
 * @param states number of hidden states S
 * @param emission observation family
 * @param link inverse link for Poisson (ignored for Gaussian)
 * @param prior weight model
 * @param basis history basis
 * @param maxIterations EM iterations per restart
 * @param tolerance stop when the objective gains less than {@code tolerance·|objective|}
 * @param restarts seeded restarts; the best final objective wins
 * @param seed seed of the restart initialisations
 * @param stickiness initial self-transition probability (0.98)
 * @param transitionFloor lower bound on each transition probability (e^−8, the reference's log floor)
 * @param priorSigma σ of the Gaussian weight prior (1/3)
 * @param adjacencyPseudoCount one-hot prior: pseudo-count c of the symmetric Dirichlet(1 + c) hyperprior on
 *     each π_{n←n'} (1, Laplace smoothing), so that no class probability reaches zero
 * @param strengthSigma one-hot prior: scale τ of the half-normal prior N⁺(0, τ²) on each strength (1; see
 *     {@code OneHotPriorStep}), which keeps strengths finite where an unpenalised fit meets separation
 * @param newtonIterations Fisher-scoring iterations per M-step regression
 */
public record HmmGlmConfig(int states, Emission emission, Link link, WeightPrior prior, HistoryBasis basis,
        int maxIterations, double tolerance, int restarts, long seed, double stickiness, double transitionFloor,
        double priorSigma, double adjacencyPseudoCount, double strengthSigma, int newtonIterations) {

    /** Validates every option. */
    public HmmGlmConfig {
        Checks.argument(states >= 1, "states", "expected at least 1, got %d", states);
        Checks.argument(emission != null, "emission", "must not be null");
        Checks.argument(link != null, "link", "must not be null");
        Checks.argument(prior != null, "prior", "must not be null");
        Checks.argument(basis != null, "basis", "must not be null");
        Checks.argument(maxIterations >= 1, "maxIterations", "expected at least 1, got %d", maxIterations);
        Checks.argument(tolerance >= 0, "tolerance", "expected ≥ 0, got %s", tolerance);
        Checks.argument(restarts >= 1, "restarts", "expected at least 1, got %d", restarts);
        Checks.argument(stickiness > 0 && stickiness <= 1, "stickiness", "expected in (0, 1], got %s", stickiness);
        Checks.argument(transitionFloor >= 0 && transitionFloor * states < 1, "transitionFloor",
                "expected in [0, 1/states), got %s", transitionFloor);
        Checks.positive(priorSigma, "priorSigma");
        Checks.positive(adjacencyPseudoCount, "adjacencyPseudoCount");
        Checks.positive(strengthSigma, "strengthSigma");
        Checks.argument(newtonIterations >= 1, "newtonIterations", "expected at least 1, got %d", newtonIterations);
    }

    /** Paper defaults: Poisson, softplus, naive prior, K = 5 exponential basis, 3 restarts, seed 0. */
    public static HmmGlmConfig defaults(int states) {
        return new HmmGlmConfig(states, Emission.POISSON, Link.SOFTPLUS, WeightPrior.NONE,
                HistoryBasis.paperDefault(), 100, 1e-7, 3, 0L, 0.98, Math.exp(-8), 1.0 / 3, 1.0, 1.0, 10);
    }

    /** Copy with another link. */
    public HmmGlmConfig withLink(Link value) {
        return new HmmGlmConfig(states, emission, value, prior, basis, maxIterations, tolerance, restarts, seed,
                stickiness, transitionFloor, priorSigma, adjacencyPseudoCount, strengthSigma, newtonIterations);
    }

    /** Copy with another emission family. */
    public HmmGlmConfig withEmission(Emission value) {
        return new HmmGlmConfig(states, value, link, prior, basis, maxIterations, tolerance, restarts, seed,
                stickiness, transitionFloor, priorSigma, adjacencyPseudoCount, strengthSigma, newtonIterations);
    }

    /** Copy with another weight prior. */
    public HmmGlmConfig withPrior(WeightPrior value) {
        return new HmmGlmConfig(states, emission, link, value, basis, maxIterations, tolerance, restarts, seed,
                stickiness, transitionFloor, priorSigma, adjacencyPseudoCount, strengthSigma, newtonIterations);
    }

    /** Copy with other EM iteration limits. */
    public HmmGlmConfig withIterations(int max, double relativeTolerance) {
        return new HmmGlmConfig(states, emission, link, prior, basis, max, relativeTolerance, restarts, seed,
                stickiness, transitionFloor, priorSigma, adjacencyPseudoCount, strengthSigma, newtonIterations);
    }

    /** Copy with another restart count and seed. */
    public HmmGlmConfig withRestarts(int count, long newSeed) {
        return new HmmGlmConfig(states, emission, link, prior, basis, maxIterations, tolerance, count, newSeed,
                stickiness, transitionFloor, priorSigma, adjacencyPseudoCount, strengthSigma, newtonIterations);
    }
}
