package org.neurobeam.connectome.states;

/** Naive HMM-GLM M-step: an independent weighted GLM fit per (state, unit) (notes §B.2 model 1, §B.6). */
final class NaiveStep implements WeightStep {

    @Override
    public void update(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        WeightStep.eachStateAndUnit(p, (s, n) -> {
            WeightedRegression regression =
                    new WeightedRegression(data, weights[s], n, config.emission(), config.link());
            regression.fit(p.coef[s][n], p.variance[s][n], 0, null, null, config.newtonIterations());
            if (config.emission() == Emission.GAUSSIAN) {
                p.updateVariance(s, n, data, weights[s]);
            }
        });
    }

    @Override
    public double logPrior(Parameters p, HmmGlmConfig config) {
        return 0;
    }
}
