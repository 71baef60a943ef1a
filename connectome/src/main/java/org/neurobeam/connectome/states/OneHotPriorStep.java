package org.neurobeam.connectome.states;

import java.util.Arrays;

/**
 * One-hot-prior M-step, the notes' deterministic option (b) of §B.6 in its hard (MAP) form, not the reference's
 * Gumbel-softmax relaxation: w_{s,n←n'} = σ_{s,n←n'} · a_{s,n←n'} with a ∈ {−1, 0, +1} ~ Categorical(π_{n←n'}),
 * π shared by all states (Li et al., ICLR 2024). Each strength has a half-normal prior N⁺(0, τ²)
 * ({@link HmmGlmConfig#strengthSigma()}, τ = 1 by default: the generating strengths log(1 + 3U) lie in [0, 1.39] and
 * the reference's softplus(raw) starts at 1.31). EM maximises log p(x | W) + Σ log π(a) − Σ σ²/2τ² + log Dir(π; 1 + c)
 * over the classes, strengths and π; a "none" edge's strength has its MAP at 0, so the prior's normaliser is the
 * same for every configuration and is left out. The prior is the explicit form of the reference's implicit
 * regulariser (a fixed budget of small Adam steps on softplus(raw)): without it, an input that never coincides
 * with a spike in a state with few bins separates the data, its unpenalised strength runs towards ∞ where the
 * scaled-sigmoid link is flat, and a few such weights dominate the weight error (docs/states-experiment.md, 3
 * training sequences). As |w| = σ, the prior is a ridge (1/τ²)·w²/2 on the weights. Per (state, unit):
 * <ol>
 *   <li>coordinate ascent over the incoming classes: for each edge the candidates are "none" (w = 0) and the
 *       one-dimensional Fisher-scoring point w + (g − w/τ²)/(h + 1/τ²) of that edge (which fixes the sign class),
 *       each scored by its exact weighted log-likelihood minus w²/2τ² plus log π(class); the best, or the
 *       current weight, is kept;</li>
 *   <li>Fisher scoring of the bias and the strengths of the active edges given the classes (signs held);</li>
 * </ol>
 * an edge whose strength the constrained scoring drives to 0 keeps its class if π rates it above "none" (σ = 0 is
 * a strength like any other and gives the same likelihood), else turns "none"; then (3) π in closed form, the
 * Dirichlet MAP (count + c)/(S + 3c) (notes §B.2: the across-state class frequency; the pseudo-count c keeps every
 * class reachable, where a frequency floored near zero would lock an edge that no state uses out for good). Each
 * sub-step raises the objective; the tests check the trace for monotonicity to 1e-8 relative.
 *
 * <p>Entropy sign (notes §B.2 CAUTION): q(a) here is a point mass, whose entropy is 0, so the textbook ELBO
 * (+H(q)) and the reference's loss (which adds −H(q), a sharpening term) coincide and both equal the objective
 * above; the reference's sign only matters for a soft q, which this estimator does not use. Weights, held-out
 * likelihoods and decoding all use the classes, as the reference evaluates with the argmax.
 */
final class OneHotPriorStep implements WeightStep {

    private static final int CLASSES = 3;

    /**
     * An unconstrained fit under the initial responsibilities with the strength prior as a ridge, every edge
     * classed by the sign of its weight; π uniform.
     */
    @Override
    public void initialise(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        double lambda = strengthPrecision(config);
        WeightStep.eachStateAndUnit(p, (s, n) -> {
            new WeightedRegression(data, weights[s], n, config.emission(), config.link())
                    .fit(p.coef[s][n], p.variance[s][n], lambda, null, null, config.newtonIterations());
            if (config.emission() == Emission.GAUSSIAN) {
                p.updateVariance(s, n, data, weights[s]);
            }
        });
        for (int s = 0; s < p.states(); s++) {
            for (int n = 0; n < p.units(); n++) {
                for (int m = 0; m < p.units(); m++) {
                    p.classes[s][n][m] = (int) Math.signum(p.coef[s][n][m + 1]);
                }
            }
        }
    }

    @Override
    public void update(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        int units = p.units();
        double lambda = strengthPrecision(config);
        WeightStep.eachStateAndUnit(p, (s, n) -> {
            sweepClasses(p, data, weights[s], s, n, config);
            int[] constraint = new int[units + 1];
            constraint[0] = WeightedRegression.FREE;
            for (int m = 0; m < units; m++) {
                constraint[m + 1] = p.classes[s][n][m];
            }
            WeightedRegression regression =
                    new WeightedRegression(data, weights[s], n, config.emission(), config.link());
            regression.fit(p.coef[s][n], p.variance[s][n], lambda, null, constraint, config.newtonIterations());
            if (config.emission() == Emission.GAUSSIAN) {
                p.updateVariance(s, n, data, weights[s]);
            }
            for (int m = 0; m < units; m++) {
                double[] prior = p.adjacencyPrior[n][m];
                int sign = (int) Math.signum(p.coef[s][n][m + 1]);
                int held = p.classes[s][n][m];
                p.classes[s][n][m] = sign != 0 || prior[held + 1] > prior[1] ? held : 0;
            }
        });
        updatePrior(p, config);
    }

    /** 1/τ², the ridge on the weights that the strength prior amounts to. */
    private static double strengthPrecision(HmmGlmConfig config) {
        return 1 / (config.strengthSigma() * config.strengthSigma());
    }

    private static void updatePrior(Parameters p, HmmGlmConfig config) {
        double pseudo = config.adjacencyPseudoCount();
        double total = p.states() + CLASSES * pseudo;
        for (int n = 0; n < p.units(); n++) {
            for (int m = 0; m < p.units(); m++) {
                double[] prior = p.adjacencyPrior[n][m];
                Arrays.fill(prior, pseudo / total);
                for (int s = 0; s < p.states(); s++) {
                    prior[p.classes[s][n][m] + 1] += 1 / total;
                }
            }
        }
    }

    private static void sweepClasses(Parameters p, SpikeData data, double[] weight, int s, int n,
            HmmGlmConfig config) {
        double[] coef = p.coef[s][n];
        int[] bins = activeBins(weight);
        double[] eta = new double[data.rows.length];
        for (int t : bins) {
            eta[t] = WeightedRegression.dot(data.rows[t], coef);
        }
        double variance = p.variance[s][n];
        double lambda = strengthPrecision(config);
        Emission emission = config.emission();
        for (int m = 0; m < p.units(); m++) {
            double[] prior = p.adjacencyPrior[n][m];
            int column = m + 1;
            double current = coef[column];
            double gradient = 0;
            double information = 0;
            for (int t : bins) {
                double z = data.rows[t][column];
                gradient += weight[t] * emission.score(data.signal[t][n], eta[t], config.link(), variance) * z;
                information += weight[t] * emission.fisher(eta[t], config.link(), variance) * z * z;
            }
            gradient -= lambda * current;
            information += lambda;
            int currentClass = p.classes[s][n][m];
            int bestClass = currentClass;
            double bestWeight = current;
            double bestValue = value(data, weight, bins, n, column, eta, 0, variance, config)
                    - 0.5 * lambda * current * current + Math.log(prior[bestClass + 1]);
            double scoring = current + gradient / information;
            for (double candidate : new double[] {0, scoring}) {
                int c = (int) Math.signum(candidate);
                if (candidate == current && c == currentClass) {
                    continue;
                }
                double v = value(data, weight, bins, n, column, eta, candidate - current, variance, config)
                        - 0.5 * lambda * candidate * candidate + Math.log(prior[c + 1]);
                if (v > bestValue) {
                    bestValue = v;
                    bestClass = c;
                    bestWeight = candidate;
                }
            }
            if (bestWeight != current) {
                double delta = bestWeight - current;
                for (int t : bins) {
                    eta[t] += delta * data.rows[t][column];
                }
                coef[column] = bestWeight;
            }
            p.classes[s][n][m] = bestClass;
        }
    }

    private static int[] activeBins(double[] weight) {
        int count = 0;
        for (double w : weight) {
            count += w > WeightedRegression.MIN_WEIGHT ? 1 : 0;
        }
        int[] bins = new int[count];
        int k = 0;
        for (int t = 0; t < weight.length; t++) {
            if (weight[t] > WeightedRegression.MIN_WEIGHT) {
                bins[k++] = t;
            }
        }
        return bins;
    }

    /** Weighted log-likelihood of unit n when weight {@code column} moves by {@code delta}. */
    private static double value(SpikeData data, double[] weight, int[] bins, int n, int column, double[] eta,
            double delta, double variance, HmmGlmConfig config) {
        double sum = 0;
        for (int t : bins) {
            sum += weight[t] * config.emission().logDensity(data.signal[t][n], eta[t] + delta * data.rows[t][column],
                    config.link(), variance);
        }
        return sum;
    }

    @Override
    public double logPrior(Parameters p, HmmGlmConfig config) {
        double lambda = strengthPrecision(config);
        double sum = 0;
        for (int s = 0; s < p.states(); s++) {
            for (int n = 0; n < p.units(); n++) {
                sum -= WeightedRegression.penalty(p.coef[s][n], lambda, null);
            }
        }
        for (int n = 0; n < p.units(); n++) {
            for (int m = 0; m < p.units(); m++) {
                double[] prior = p.adjacencyPrior[n][m];
                for (int s = 0; s < p.states(); s++) {
                    sum += Math.log(prior[p.classes[s][n][m] + 1]);
                }
                for (double probability : prior) {
                    sum += config.adjacencyPseudoCount() * Math.log(probability);
                }
            }
        }
        return sum;
    }
}
