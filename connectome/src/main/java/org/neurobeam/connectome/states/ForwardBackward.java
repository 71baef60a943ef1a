package org.neurobeam.connectome.states;

/**
 * Log-space forward-backward (notes §B.3): log α_t(s) = log p(x_t|s) + logsumexp_{s'}(log α_{t−1}(s') +
 * log Π_{s's}), β analogously backwards, γ = softmax(log α + log β), ξ_t(s,s') ∝ α_t(s) Π_{ss'} p(x_{t+1}|s')
 * β_{t+1}(s'). Also returns the posterior entropy so that the ELBO Q + H can be checked against log p(x).
 */
public final class ForwardBackward {

    private ForwardBackward() {
    }

    /**
     * @param logEmission log p(x_t | z_t = s), {@code [time][state]}
     * @param logTransition log Π, {@code [from][to]}
     * @param logInitial log p(z_1)
     */
    public static Posterior run(double[][] logEmission, double[][] logTransition, double[] logInitial) {
        int bins = logEmission.length;
        int states = logInitial.length;
        double[][] alpha = new double[bins][states];
        double[][] beta = new double[bins][states];
        double[] terms = new double[states];
        for (int s = 0; s < states; s++) {
            alpha[0][s] = logInitial[s] + logEmission[0][s];
        }
        for (int t = 1; t < bins; t++) {
            for (int s = 0; s < states; s++) {
                for (int r = 0; r < states; r++) {
                    terms[r] = alpha[t - 1][r] + logTransition[r][s];
                }
                alpha[t][s] = logEmission[t][s] + LogSumExp.of(terms);
            }
        }
        for (int t = bins - 2; t >= 0; t--) {
            for (int s = 0; s < states; s++) {
                for (int r = 0; r < states; r++) {
                    terms[r] = logTransition[s][r] + logEmission[t + 1][r] + beta[t + 1][r];
                }
                beta[t][s] = LogSumExp.of(terms);
            }
        }
        double logLikelihood = LogSumExp.of(alpha[bins - 1]);
        double[][] gamma = new double[bins][states];
        double entropy = 0;
        for (int t = 0; t < bins; t++) {
            for (int s = 0; s < states; s++) {
                double logGamma = alpha[t][s] + beta[t][s] - logLikelihood;
                gamma[t][s] = Math.exp(logGamma);
                if (t > 0 && t < bins - 1 && gamma[t][s] > 0) {
                    entropy += gamma[t][s] * logGamma;
                }
            }
        }
        if (bins == 1) {
            for (int s = 0; s < states; s++) {
                if (gamma[0][s] > 0) {
                    entropy -= gamma[0][s] * Math.log(gamma[0][s]);
                }
            }
        }
        double[][] counts = new double[states][states];
        for (int t = 0; t + 1 < bins; t++) {
            for (int s = 0; s < states; s++) {
                for (int r = 0; r < states; r++) {
                    double logXi = alpha[t][s] + logTransition[s][r] + logEmission[t + 1][r] + beta[t + 1][r]
                            - logLikelihood;
                    double xi = Math.exp(logXi);
                    counts[s][r] += xi;
                    if (xi > 0) {
                        entropy -= xi * logXi;
                    }
                }
            }
        }
        return new Posterior(gamma, counts, logLikelihood, entropy);
    }
}
