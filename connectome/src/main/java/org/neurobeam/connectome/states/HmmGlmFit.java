package org.neurobeam.connectome.states;

import java.util.List;

/**
 * Result of {@link HmmGlm#fit}: the winning restart's parameters, its per-iteration objective trace, the
 * restart seeds, and decoding (posteriors, Viterbi) and held-out scoring of new sequences. Accessors return
 * copies.
 */
public final class HmmGlmFit {

    private final HmmGlmConfig config;
    private final Parameters parameters;
    private final double[] objectiveTrace;
    private final double[] heldOutTrace;
    private final long[] restartSeeds;
    private final int chosenRestart;

    HmmGlmFit(HmmGlmConfig config, Parameters parameters, double[] objectiveTrace, double[] heldOutTrace,
            long[] restartSeeds, int chosenRestart) {
        this.config = config;
        this.parameters = parameters.copy();
        this.objectiveTrace = objectiveTrace.clone();
        this.heldOutTrace = heldOutTrace.clone();
        this.restartSeeds = restartSeeds.clone();
        this.chosenRestart = chosenRestart;
    }

    /** The configuration fitted. */
    public HmmGlmConfig config() {
        return config;
    }

    /** Number of states S. */
    public int states() {
        return parameters.states();
    }

    /** Number of units N. */
    public int units() {
        return parameters.units();
    }

    /** W_s[n][n'] = weight of unit n' history on unit n in state s, {@code [state][post][pre]}. */
    public double[][][] weights() {
        int units = units();
        double[][][] out = new double[states()][units][units];
        for (int s = 0; s < states(); s++) {
            for (int n = 0; n < units; n++) {
                System.arraycopy(parameters.coef[s][n], 1, out[s][n], 0, units);
            }
        }
        return out;
    }

    /** Per-state bias {@code [state][unit]}. */
    public double[][] bias() {
        double[][] out = new double[states()][units()];
        for (int s = 0; s < states(); s++) {
            for (int n = 0; n < units(); n++) {
                out[s][n] = parameters.coef[s][n][0];
            }
        }
        return out;
    }

    /** Gaussian-emission variances {@code [state][unit]} (all 1 for Poisson). */
    public double[][] variances() {
        return parameters.copy().variance;
    }

    /** Transition matrix Π {@code [from][to]}. */
    public double[][] transition() {
        double[][] out = new double[states()][states()];
        for (int s = 0; s < states(); s++) {
            for (int r = 0; r < states(); r++) {
                out[s][r] = Math.exp(parameters.logTransition[s][r]);
            }
        }
        return out;
    }

    /** Gaussian prior: the learnt state-shared mean W̄ {@code [post][pre]} (zeros for other priors). */
    public double[][] meanWeights() {
        double[][] out = new double[units()][units()];
        for (int n = 0; n < units(); n++) {
            System.arraycopy(parameters.meanWeights[n], 1, out[n], 0, units());
        }
        return out;
    }

    /**
     * One-hot prior: the effective class of every edge, −1/0/+1, {@code [state][post][pre]} (zeros for other
     * priors): "none" where the strength is 0, since such an edge connects nothing whatever class it holds.
     */
    public int[][][] adjacency() {
        int[][][] out = parameters.copy().classes;
        for (int s = 0; s < states(); s++) {
            for (int n = 0; n < units(); n++) {
                for (int m = 0; m < units(); m++) {
                    out[s][n][m] = parameters.coef[s][n][m + 1] == 0 ? 0 : out[s][n][m];
                }
            }
        }
        return out;
    }

    /** One-hot prior: π_{n←n'} over [inhibitory, none, excitatory], {@code [post][pre][3]}. */
    public double[][][] adjacencyPrior() {
        return parameters.copy().adjacencyPrior;
    }

    /** Σ log p(x) + log prior(W) after each E-step of the chosen restart. */
    public double[] objectiveTrace() {
        return objectiveTrace.clone();
    }

    /** Held-out log-likelihood per bin after each E-step of the chosen restart (NaN without held-out data). */
    public double[] heldOutTrace() {
        return heldOutTrace.clone();
    }

    /** Seeds of all restarts, in order. */
    public long[] restartSeeds() {
        return restartSeeds.clone();
    }

    /** Index of the restart kept. */
    public int chosenRestart() {
        return chosenRestart;
    }

    /** Exact posterior of one sequence {@code [time][unit]}. */
    public Posterior posterior(double[][] sequence) {
        SpikeData data = SpikeData.of(List.<double[][]>of(sequence), config, units(), false);
        return ForwardBackward.run(parameters.logEmission(data, 0, config.emission(), config.link()),
                parameters.logTransition, parameters.logInitial);
    }

    /** Viterbi state path of one sequence. */
    public int[] viterbi(double[][] sequence) {
        SpikeData data = SpikeData.of(List.<double[][]>of(sequence), config, units(), false);
        return Viterbi.decode(parameters.logEmission(data, 0, config.emission(), config.link()),
                parameters.logTransition, parameters.logInitial);
    }

    /** Σ log p(x) over {@code sequences} divided by their total number of bins (full likelihood, log x! included). */
    public double logLikelihoodPerBin(List<double[][]> sequences) {
        return parameters.logLikelihoodPerBin(SpikeData.of(sequences, config, units(), false), config);
    }
}
