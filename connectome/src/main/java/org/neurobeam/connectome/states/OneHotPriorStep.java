package org.neurobeam.connectome.states;

/**
 * One-hot-prior M-step, the notes' deterministic option (b) of §B.6 (hard EM), not the reference's
 * Gumbel-softmax relaxation: w_{s,n←n'} = strength × a with a ∈ {−1, 0, +1} and a ~ Categorical(π_{n←n'})
 * shared by all states. Per (state, unit): (1) coordinate ascent over each incoming class, comparing the
 * current weight with the three proposals {−σ, 0, +σ} (σ the last non-zero strength of that edge) on the
 * weighted log-likelihood plus log π; (2) Fisher scoring on the bias and the active weights with their signs
 * held; then (3) π = the across-state class frequency, floored (closed form, notes §B.2). Every sub-step
 * raises Σ log p(x) + Σ log π(a), so EM stays monotone. No entropy term is involved: a is a point estimate.
 * The first M-step is a naive fit thresholded at |w| ≥ {@value #INITIAL_THRESHOLD} (our choice: starting from
 * all-"none" with fixed proposal strengths stalled in poor optima).
 */
final class OneHotPriorStep implements WeightStep {

    static final double INITIAL_THRESHOLD = 0.25;

    @Override
    public void initialise(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        new NaiveStep().update(p, data, weights, config);
        int units = p.units();
        for (int s = 0; s < p.states(); s++) {
            for (int n = 0; n < units; n++) {
                for (int m = 0; m < units; m++) {
                    double w = p.coef[s][n][m + 1];
                    boolean active = Math.abs(w) >= INITIAL_THRESHOLD;
                    p.classes[s][n][m] = active ? (int) Math.signum(w) : 0;
                    p.strength[s][n][m] = active ? Math.abs(w) : config.initialStrength();
                    p.coef[s][n][m + 1] = active ? w : 0;
                }
            }
        }
        updatePrior(p, config);
    }

    @Override
    public void update(Parameters p, SpikeData data, double[][] weights, HmmGlmConfig config) {
        int units = p.units();
        for (int s = 0; s < p.states(); s++) {
            for (int n = 0; n < units; n++) {
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
                    double magnitude = Math.abs(p.coef[s][n][m + 1]);
                    if (magnitude > 0) {
                        p.strength[s][n][m] = magnitude;
                    }
                }
            }
        }
        updatePrior(p, config);
    }

    private static void updatePrior(Parameters p, HmmGlmConfig config) {
        int units = p.units();
        for (int n = 0; n < units; n++) {
            for (int m = 0; m < units; m++) {
                double[] counts = new double[3];
                for (int s = 0; s < p.states(); s++) {
                    counts[p.classes[s][n][m] + 1] += 1;
                }
                p.adjacencyPrior[n][m] = FlooredCategorical.maximise(counts, config.adjacencyFloor());
            }
        }
    }

    private static void sweepClasses(Parameters p, SpikeData data, double[] weight, int s, int n,
            HmmGlmConfig config) {
        double[] coef = p.coef[s][n];
        int bins = data.rows.length;
        double[] eta = new double[bins];
        for (int t = 0; t < bins; t++) {
            eta[t] = WeightedRegression.dot(data.rows[t], coef);
        }
        double variance = p.variance[s][n];
        for (int m = 0; m < p.units(); m++) {
            double[] prior = p.adjacencyPrior[n][m];
            double current = coef[m + 1];
            int bestClass = p.classes[s][n][m];
            double bestWeight = current;
            double bestValue = value(data, weight, n, m, eta, 0, variance, config) + Math.log(priorOf(prior,
                    bestClass));
            for (int c = -1; c <= 1; c++) {
                double candidate = c * p.strength[s][n][m];
                double v = value(data, weight, n, m, eta, candidate - current, variance, config)
                        + Math.log(priorOf(prior, c));
                if (v > bestValue) {
                    bestValue = v;
                    bestClass = c;
                    bestWeight = candidate;
                }
            }
            if (bestWeight != current) {
                double delta = bestWeight - current;
                for (int t = 0; t < bins; t++) {
                    eta[t] += delta * data.rows[t][m + 1];
                }
                coef[m + 1] = bestWeight;
            }
            p.classes[s][n][m] = bestClass;
        }
    }

    private static double priorOf(double[] prior, int c) {
        return prior[c + 1];
    }

    private static double value(SpikeData data, double[] weight, int n, int m, double[] eta, double delta,
            double variance, HmmGlmConfig config) {
        double sum = 0;
        for (int t = 0; t < eta.length; t++) {
            if (weight[t] > WeightedRegression.MIN_WEIGHT) {
                sum += weight[t] * config.emission().logDensity(data.signal[t][n], eta[t] + delta * data.rows[t][m + 1],
                        config.link(), variance);
            }
        }
        return sum;
    }

    @Override
    public double logPrior(Parameters p, HmmGlmConfig config) {
        double sum = 0;
        for (int s = 0; s < p.states(); s++) {
            for (int n = 0; n < p.units(); n++) {
                for (int m = 0; m < p.units(); m++) {
                    sum += Math.log(p.adjacencyPrior[n][m][p.classes[s][n][m] + 1]);
                }
            }
        }
        return sum;
    }
}
