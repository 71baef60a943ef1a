package org.neurobeam.connectome.states;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits a switching (HMM) GLM by EM (notes §B.3): exact log-space forward-backward E-step; closed-form,
 * floored transition update; the weight model's M-step ({@link WeightStep}). The initial state distribution
 * is uniform and fixed. Each restart starts from a seeded random sticky state path used as hard
 * responsibilities for a first M-step (zero weights alone would leave the states symmetric), and the restart
 * with the highest final objective Σ log p(x) + log prior(W) wins. The objective is recorded after every
 * E-step; with an exact E-step it equals the ELBO at its tight bound, so it never decreases (but for the one
 * exception described in {@link OneHotPriorStep}).
 */
public final class HmmGlm {

    private static final long RESTART_STRIDE = 0x9E3779B97F4A7C15L;

    private final HmmGlmConfig config;

    /** A fitter for {@code config}. */
    public HmmGlm(HmmGlmConfig config) {
        this.config = config;
    }

    /** Fits spike counts (or signals) {@code [time][unit]}, one array per sequence. */
    public HmmGlmFit fit(List<double[][]> sequences) {
        return fit(sequences, List.of());
    }

    /**
     * Fits {@code sequences} and scores {@code heldOut} (possibly empty) after every E-step: log p(x) per bin
     * by the forward algorithm with the parameters of that iteration (notes §B.4), NaN when empty.
     */
    public HmmGlmFit fit(List<double[][]> sequences, List<double[][]> heldOut) {
        SpikeData data = SpikeData.of(sequences, config, 0, true);
        SpikeData test = heldOut.isEmpty() ? null : SpikeData.of(heldOut, config, data.units, false);
        WeightStep step = WeightStep.of(config.prior());
        Parameters best = null;
        List<Double> bestTrace = null;
        List<Double> bestHeldOut = null;
        int bestRestart = -1;
        long[] seeds = new long[config.restarts()];
        for (int r = 0; r < config.restarts(); r++) {
            seeds[r] = config.seed() + r * RESTART_STRIDE;
            List<Double> trace = new ArrayList<>();
            List<Double> heldOutTrace = new ArrayList<>();
            Parameters p = runEm(data, test, step, new Random(seeds[r]), trace, heldOutTrace);
            if (best == null || trace.get(trace.size() - 1) > bestTrace.get(bestTrace.size() - 1)) {
                best = p;
                bestTrace = trace;
                bestHeldOut = heldOutTrace;
                bestRestart = r;
            }
        }
        return new HmmGlmFit(config, best, toArray(bestTrace), toArray(bestHeldOut), seeds, bestRestart);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private Parameters runEm(SpikeData data, SpikeData test, WeightStep step, Random random, List<Double> trace,
            List<Double> heldOutTrace) {
        int states = config.states();
        Parameters p = Parameters.initial(states, data.units, config);
        double[][] weights = new double[states][data.totalBins()];
        double[][] counts = randomPath(data, random, weights);
        updateTransitions(p, counts);
        step.initialise(p, data, weights, config);
        for (int iteration = 0; iteration < config.maxIterations(); iteration++) {
            double objective = step.logPrior(p, config);
            counts = new double[states][states];
            Posterior[] posteriors = p.posteriors(data, config);
            for (int i = 0; i < data.sequences(); i++) {
                Posterior posterior = posteriors[i];
                objective += posterior.logLikelihood();
                int from = data.offsets[i];
                for (int t = 0; t < posterior.gamma().length; t++) {
                    for (int s = 0; s < states; s++) {
                        weights[s][from + t] = posterior.gamma()[t][s];
                    }
                }
                for (int s = 0; s < states; s++) {
                    for (int r = 0; r < states; r++) {
                        counts[s][r] += posterior.transitionCounts()[s][r];
                    }
                }
            }
            boolean converged = !trace.isEmpty()
                    && objective - trace.get(trace.size() - 1) < config.tolerance() * Math.abs(objective);
            trace.add(objective);
            heldOutTrace.add(test == null ? Double.NaN : p.logLikelihoodPerBin(test, config));
            if (converged || iteration == config.maxIterations() - 1) {
                break;
            }
            mStep(p, data, step, weights, counts);
        }
        return p;
    }

    private void mStep(Parameters p, SpikeData data, WeightStep step, double[][] weights, double[][] counts) {
        updateTransitions(p, counts);
        step.update(p, data, weights, config);
    }

    private void updateTransitions(Parameters p, double[][] counts) {
        int states = config.states();
        for (int s = 0; s < states; s++) {
            double[] row = FlooredCategorical.maximise(counts[s], states == 1 ? 0 : config.transitionFloor());
            for (int r = 0; r < states; r++) {
                p.logTransition[s][r] = Math.log(row[r]);
            }
        }
    }

    /** A sticky random path per sequence as one-hot responsibilities; returns its transition counts. */
    private double[][] randomPath(SpikeData data, Random random, double[][] weights) {
        int states = config.states();
        double[][] counts = new double[states][states];
        for (int i = 0; i < data.sequences(); i++) {
            int state = random.nextInt(states);
            for (int t = data.offsets[i]; t < data.offsets[i + 1]; t++) {
                if (t > data.offsets[i]) {
                    int next = state;
                    if (states > 1 && random.nextDouble() > config.stickiness()) {
                        next = (state + 1 + random.nextInt(states - 1)) % states;
                    }
                    counts[state][next] += 1;
                    state = next;
                }
                weights[state][t] = 1;
            }
        }
        return counts;
    }
}
