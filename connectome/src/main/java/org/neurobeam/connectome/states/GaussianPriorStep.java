package org.neurobeam.connectome.states;

/**
 * Gaussian-prior M-step (notes §B.2 model 2, §B.6): W_s[n,n'] ~ N(W̄[n,n'], σ²) with fixed σ; each state's
 * fit is a ridge centred at W̄ (penalty ‖w − w̄‖²/2σ²), alternated with the closed-form W̄ = mean_s W_s
 * until W̄ moves by less than 1e-6 (at most 2 rounds per EM iteration; generalised EM). Biases are not penalised.
 */
final class GaussianPriorStep implements WeightStep {

    private static final int ROUNDS = 2;
    private static final double MEAN_TOLERANCE = 1e-6;

    @Override
    public void update(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        double lambda = 1 / (config.priorSigma() * config.priorSigma());
        int units = p.units();
        for (int round = 0; round < ROUNDS; round++) {
            WeightStep.eachStateAndUnit(p, (s, n) -> {
                WeightedRegression regression =
                        new WeightedRegression(data, weights[s], n, config.emission(), config.link());
                regression.fit(p.coef[s][n], p.variance[s][n], lambda, p.meanWeights[n], null,
                        config.newtonIterations());
                if (config.emission() == Emission.GAUSSIAN) {
                    p.updateVariance(s, n, data, weights[s]);
                }
            });
            double change = 0;
            for (int n = 0; n < units; n++) {
                for (int j = 1; j <= units; j++) {
                    double mean = 0;
                    for (int s = 0; s < p.states(); s++) {
                        mean += p.coef[s][n][j];
                    }
                    mean /= p.states();
                    change = Math.max(change, Math.abs(mean - p.meanWeights[n][j]));
                    p.meanWeights[n][j] = mean;
                }
            }
            if (change < MEAN_TOLERANCE) {
                return;
            }
        }
    }

    @Override
    public double logPrior(Parameters p, HmmGlmConfig config) {
        double sigma = config.priorSigma();
        double lambda = 1 / (sigma * sigma);
        double normaliser = Math.log(sigma) + 0.5 * Math.log(2 * Math.PI);
        double sum = 0;
        for (int s = 0; s < p.states(); s++) {
            for (int n = 0; n < p.units(); n++) {
                sum -= WeightedRegression.penalty(p.coef[s][n], lambda, p.meanWeights[n]) + p.units() * normaliser;
            }
        }
        return sum;
    }
}
