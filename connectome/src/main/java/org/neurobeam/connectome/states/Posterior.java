package org.neurobeam.connectome.states;

/**
 * E-step output for one sequence (notes §B.3).
 *
 * @param gamma γ_t(s) = p(z_t = s | x), {@code [time][state]}
 * @param transitionCounts Σ_t ξ_t(s, s'), {@code [state][state]}
 * @param logLikelihood log p(x_{1:T}) under the current parameters
 * @param entropy H(q) of the exact chain posterior, Σ_t H(z_t, z_{t+1}) − Σ_{1<t<T} H(z_t)
 */
public record Posterior(double[][] gamma, double[][] transitionCounts, double logLikelihood, double entropy) {
}
