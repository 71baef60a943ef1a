package org.neurobeam.connectome.states;

import java.util.function.BiConsumer;
import java.util.stream.IntStream;

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

    /**
     * Runs {@code action(state, unit)} for every pair, in parallel: the M-step separates by (state, unit) (notes
     * §B.6) and each call writes only its own row of the parameters, so the result does not depend on the order.
     */
    static void eachStateAndUnit(Parameters p, BiConsumer<Integer, Integer> action) {
        int units = p.units();
        IntStream.range(0, p.states() * units).parallel().forEach(k -> action.accept(k / units, k % units));
    }

    /** The step for {@code prior}. */
    static WeightStep of(WeightPrior prior) {
        return switch (prior) {
            case NONE -> new NaiveStep();
            case GAUSSIAN -> new GaussianPriorStep();
            case ONE_HOT -> new OneHotPriorStep();
        };
    }
}
