package org.neurobeam.connectome.states;

import java.util.stream.IntStream;

/**
 * Mutable working parameters of one EM run: per-state GLM coefficients {@code coef[s][n][0]} = bias and
 * {@code coef[s][n][1 + n']} = w_{s, n←n'}, Gaussian variances, log Π and the fixed uniform log p(z_1)
 * (notes §B.1), plus the prior-specific state (W̄ for the Gaussian prior; classes and π
 * for the one-hot prior).
 */
final class Parameters {

    private static final double MIN_VARIANCE = 1e-6;

    final double[][][] coef;
    final double[][] variance;
    final double[][] logTransition;
    final double[] logInitial;
    final double[][] meanWeights;
    final int[][][] classes;
    final double[][][] adjacencyPrior;

    private Parameters(double[][][] coef, double[][] variance, double[][] logTransition, double[] logInitial,
            double[][] meanWeights, int[][][] classes, double[][][] adjacencyPrior) {
        this.coef = coef;
        this.variance = variance;
        this.logTransition = logTransition;
        this.logInitial = logInitial;
        this.meanWeights = meanWeights;
        this.classes = classes;
        this.adjacencyPrior = adjacencyPrior;
    }

    /** Zero weights, unit variances, sticky Π, uniform one-hot prior (notes §B.3 "Init"). */
    static Parameters initial(int states, int units, HmmGlmConfig config) {
        double[][] logTransition = new double[states][states];
        for (int s = 0; s < states; s++) {
            for (int r = 0; r < states; r++) {
                double p = states == 1 ? 1 : s == r ? config.stickiness() : (1 - config.stickiness()) / (states - 1);
                logTransition[s][r] = Math.log(p);
            }
        }
        double[] logInitial = new double[states];
        java.util.Arrays.fill(logInitial, -Math.log(states));
        double[][] variance = new double[states][units];
        for (double[] row : variance) {
            java.util.Arrays.fill(row, 1.0);
        }
        double[][][] prior = new double[units][units][3];
        for (double[][] plane : prior) {
            for (double[] row : plane) {
                java.util.Arrays.fill(row, 1.0 / 3);
            }
        }
        return new Parameters(new double[states][units][units + 1], variance, logTransition, logInitial,
                new double[units][units + 1], new int[states][units][units], prior);
    }

    Parameters copy() {
        return new Parameters(deep(coef), deep(variance), deep(logTransition), logInitial.clone(), deep(meanWeights),
                deep(classes), deep(adjacencyPrior));
    }

    int states() {
        return coef.length;
    }

    int units() {
        return variance[0].length;
    }

    /** log p(x_t | z_t = s) for the bins of sequence {@code index}, {@code [time][state]}. */
    double[][] logEmission(SpikeData data, int index, Emission emission, Link link) {
        int from = data.offsets[index];
        int bins = data.offsets[index + 1] - from;
        int states = states();
        double[][] out = new double[bins][states];
        for (int t = 0; t < bins; t++) {
            double[] z = data.rows[from + t];
            double[] x = data.signal[from + t];
            for (int s = 0; s < states; s++) {
                double sum = data.constant[from + t];
                for (int n = 0; n < x.length; n++) {
                    sum += emission.logDensity(x[n], WeightedRegression.dot(z, coef[s][n]), link, variance[s][n]);
                }
                out[t][s] = sum;
            }
        }
        return out;
    }

    /** Σ log p(x) over the sequences of {@code data} (forward algorithm) divided by their number of bins. */
    double logLikelihoodPerBin(SpikeData data, HmmGlmConfig config) {
        double sum = 0;
        for (Posterior posterior : posteriors(data, config)) {
            sum += posterior.logLikelihood();
        }
        return sum / data.totalBins();
    }

    /** The exact posterior of every sequence of {@code data}, computed in parallel, in sequence order. */
    Posterior[] posteriors(SpikeData data, HmmGlmConfig config) {
        return IntStream.range(0, data.sequences()).parallel()
                .mapToObj(i -> ForwardBackward.run(logEmission(data, i, config.emission(), config.link()),
                        logTransition, logInitial))
                .toArray(Posterior[]::new);
    }

    /** Closed-form variance update of a Gaussian emission: Σγr²/Σγ, floored at 1e-6. */
    void updateVariance(int s, int n, SpikeData data, double[] weight) {
        double num = 0;
        double den = 0;
        for (int t = 0; t < data.rows.length; t++) {
            double r = data.signal[t][n] - WeightedRegression.dot(data.rows[t], coef[s][n]);
            num += weight[t] * r * r;
            den += weight[t];
        }
        if (den > 0) {
            variance[s][n] = Math.max(num / den, MIN_VARIANCE);
        }
    }

    private static double[][][] deep(double[][][] a) {
        double[][][] out = new double[a.length][][];
        for (int i = 0; i < a.length; i++) {
            out[i] = deep(a[i]);
        }
        return out;
    }

    private static double[][] deep(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static int[][][] deep(int[][][] a) {
        int[][][] out = new int[a.length][a.length == 0 ? 0 : a[0].length][];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                out[i][j] = a[i][j].clone();
            }
        }
        return out;
    }
}
