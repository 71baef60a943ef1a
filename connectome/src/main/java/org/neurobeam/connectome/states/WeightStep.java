package org.neurobeam.connectome.states;

/** The GLM half of the M-step for one weight model (notes §B.2, §B.6); each call must not lower its objective. */
interface WeightStep {

    /** Improves the GLM parameters given per-state posterior weights {@code weights[s][bin]}. */
    void update(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config);

    /** The first M-step, from the random initial responsibilities; by default an ordinary update. */
    default void initialise(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        update(p, data, weights, config);
    }

    /** log prior of the weights, added to Σ log p(x) in the EM objective. */
    double logPrior(Parameters p, HmmGlmConfig config);

    /** The step for {@code prior}. */
    static WeightStep of(WeightPrior prior) {
        return switch (prior) {
            case NONE -> new NaiveStep();
            case GAUSSIAN -> new GaussianPriorStep();
            case ONE_HOT -> new OneHotPriorStep();
        };
    }
}
