package org.neurobeam.connectome.states;

/**
 * Observation family (notes §B.1): Poisson spike counts through a {@link Link} (the paper's model), or a
 * Gaussian with identity link and a learnt per-state, per-unit variance for continuous signals.
 */
public enum Emission {
    /** x ~ Poisson(g(η)). */
    POISSON,
    /** x ~ N(η, v). */
    GAUSSIAN;

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double MIN_RATE = 1e-300;

    /** log p(x | η) up to the state-independent log x! term for Poisson. */
    double logDensity(double x, double eta, Link link, double variance) {
        if (this == GAUSSIAN) {
            double r = x - eta;
            return -0.5 * r * r / variance - 0.5 * Math.log(variance) - HALF_LOG_TWO_PI;
        }
        double f = Math.max(link.rate(eta), MIN_RATE);
        return x * Math.log(f) - f;
    }

    /** ∂ log p / ∂η. */
    double score(double x, double eta, Link link, double variance) {
        if (this == GAUSSIAN) {
            return (x - eta) / variance;
        }
        double f = Math.max(link.rate(eta), MIN_RATE);
        return (x / f - 1) * link.slope(eta);
    }

    /** Expected information E[−∂² log p / ∂η²] = g'²/f (Poisson) or 1/v (Gaussian). */
    double fisher(double eta, Link link, double variance) {
        if (this == GAUSSIAN) {
            return 1 / variance;
        }
        double f = Math.max(link.rate(eta), MIN_RATE);
        double slope = link.slope(eta);
        return slope * slope / f;
    }
}
