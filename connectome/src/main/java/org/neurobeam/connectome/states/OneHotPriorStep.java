package org.neurobeam.connectome.states;

import java.util.Arrays;

/**
 * One-hot-prior M-step, the notes' deterministic option (b) of §B.6 in its hard (MAP) form, not the reference's
 * Gumbel-softmax relaxation: w_{s,n←n'} = σ_{s,n←n'} · a_{s,n←n'} with a ∈ {−1, 0, +1} ~ Categorical(π_{n←n'}),
 * π shared by all states (Li et al., ICLR 2024). EM maximises log p(x | W) + Σ log π(a) + log Dir(π; 1 + c)
 * over the classes, strengths and π. Per (state, unit):
 * <ol>
 *   <li>coordinate ascent over the incoming classes: for each edge the candidates are "none" (w = 0) and the
 *       one-dimensional Fisher-scoring point w + g/h of that edge (which fixes the sign class), each scored by
 *       its exact weighted log-likelihood plus log π(class); the best, or the current weight, is kept;</li>
 *   <li>Fisher scoring of the bias and the strengths of the active edges given the classes (signs held);</li>
 * </ol>
 * a strength that the constrained scoring drives to 0 makes its edge "none"; then (3) π in closed form, the
 * Dirichlet MAP (count + c)/(S + 3c) (notes §B.2: the across-state class frequency; the pseudo-count c keeps every
 * class reachable, where a frequency floored near zero would lock an edge that no state uses out for good). Each
 * sub-step raises the objective, with one exception: an edge whose strength the scoring drives to 0 turns "none",
 * which lowers Σ log π when π(none) &lt; π(its class) for that pair, until π is re-estimated in (3). The tests
 * check the trace for monotonicity to 1e-8 relative.
 *
 * <p>Entropy sign (notes §B.2 CAUTION): q(a) here is a point mass, whose entropy is 0, so the textbook ELBO
 * (+H(q)) and the reference's loss (which adds −H(q), a sharpening term) coincide and both equal the objective
 * above; the reference's sign only matters for a soft q, which this estimator does not use. Weights, held-out
 * likelihoods and decoding all use the classes, as the reference evaluates with the argmax.
 */
final class OneHotPriorStep implements WeightStep {

    private static final int CLASSES = 3;

    /** A naive fit under the initial responsibilities, every edge classed by the sign of its weight; π uniform. */
    @Override
    public void initialise(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        new NaiveStep().update(p, data, weights, config);
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
        WeightStep.eachStateAndUnit(p, (s, n) -> {
            sweepClasses(p, data, weights[s], s, n, config);
            int[] constraint = new int[units + 1];
            constraint[0] = WeightedRegression.FREE;
            for (int m = 0; m < units; m++) {
                constraint[m + 1] = p.classes[s][n][m];
            }
            WeightedRegression regression =
                    new WeightedRegression(data, weights[s], n, config.emission(), config.link());
            regression.fit(p.coef[s][n], p.variance[s][n], 0, null, constraint, config.newtonIterations());
            if (config.emission() == Emission.GAUSSIAN) {
                p.updateVariance(s, n, data, weights[s]);
            }
            for (int m = 0; m < units; m++) {
                p.classes[s][n][m] = (int) Math.signum(p.coef[s][n][m + 1]);
            }
        });
        updatePrior(p, config);
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
            int bestClass = (int) Math.signum(current);
            double bestWeight = current;
            double bestValue = value(data, weight, bins, n, column, eta, 0, variance, config)
                    + Math.log(prior[bestClass + 1]);
            double scoring = information > 0 ? current + gradient / information : 0;
            for (double candidate : new double[] {0, scoring}) {
                int c = (int) Math.signum(candidate);
                if (candidate == current) {
                    continue;
                }
                double v = value(data, weight, bins, n, column, eta, candidate - current, variance, config)
                        + Math.log(prior[c + 1]);
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
        double sum = 0;
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
