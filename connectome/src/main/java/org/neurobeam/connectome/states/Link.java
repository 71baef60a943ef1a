package org.neurobeam.connectome.states;

/**
 * Inverse link g mapping the linear predictor η to a Poisson rate per bin (notes §B.1): softplus (v0.1.0
 * default), exp (canonical), and the paper demo's sigmoid scaled to (1e-8, 1).
 */
public enum Link {
    /** f = log(1 + e^η); the Poisson log-likelihood is concave in η. */
    SOFTPLUS,
    /** f = e^η; canonical, concave. */
    EXP,
    /** f = 1e-8 + (1 − 1e-8)·sigmoid(η), the paper demo's link; not concave (Fisher scoring with line search). */
    SCALED_SIGMOID;

    private static final double SIGMOID_FLOOR = 1e-8;

    /** The rate g(η). */
    public double rate(double eta) {
        return switch (this) {
            case SOFTPLUS -> eta > 30 ? eta : Math.log1p(Math.exp(eta));
            case EXP -> Math.exp(eta);
            case SCALED_SIGMOID -> SIGMOID_FLOOR + (1 - SIGMOID_FLOOR) * sigmoid(eta);
        };
    }

    /** g'(η). */
    double slope(double eta) {
        return switch (this) {
            case SOFTPLUS -> sigmoid(eta);
            case EXP -> Math.exp(eta);
            case SCALED_SIGMOID -> {
                double s = sigmoid(eta);
                yield (1 - SIGMOID_FLOOR) * s * (1 - s);
            }
        };
    }

    static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }
}
