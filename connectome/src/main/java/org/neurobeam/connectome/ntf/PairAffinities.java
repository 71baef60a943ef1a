package org.neurobeam.connectome.ntf;

import java.util.List;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.ingest.Checks;

/**
 * Builds the affinity tensor X[pair][window][animal] from aligned traces of several animals (Dyballa et al.
 * 2024, stage 1; notes §A.3, §A.8). Pairs follow {@link UpperTriangle} order over the common neuron set; a pair
 * with a neuron absent in an animal is unobserved there. A Pearson window where either trace is constant gets
 * affinity 0 (no co-fluctuation; our choice, instead of NaN).
 */
public final class PairAffinities {

    private PairAffinities() {
    }

    /** The tensor for {@code animals} (same time points and neuron set) under {@code config}. */
    public static AffinityTensor tensor(List<AnimalTraces> animals, AffinityConfig config) {
        Checks.argument(animals != null && !animals.isEmpty(), "animals", "expected at least one animal");
        int time = animals.get(0).traces().length;
        int neurons = animals.get(0).present().length;
        Checks.argument(neurons >= 2, "animals", "expected at least 2 neurons, got %d", neurons);
        int length = config.windowSamples();
        Checks.argument(time >= length, "animals", "%d time points are fewer than one window of %d samples", time,
                length);
        int windows = time / length;
        int pairs = UpperTriangle.pairs(neurons);
        double[][][] values = new double[pairs][windows][animals.size()];
        boolean[][][] observed = new boolean[pairs][windows][animals.size()];
        for (int w = 0; w < animals.size(); w++) {
            double[][] signal = columns(animals.get(w), w, time, neurons, config);
            boolean[] present = animals.get(w).present();
            for (int i = 0; i < neurons; i++) {
                for (int j = i + 1; j < neurons; j++) {
                    if (!present[i] || !present[j]) {
                        continue;
                    }
                    int p = UpperTriangle.index(i, j, neurons);
                    for (int tau = 0; tau < windows; tau++) {
                        values[p][tau][w] = window(signal[i], signal[j], tau * length, length, config);
                        observed[p][tau][w] = true;
                    }
                }
            }
        }
        return AffinityTensor.of(values, observed);
    }

    /** Validated per-neuron series (robust derivatives for the differential kind, raw traces otherwise). */
    private static double[][] columns(AnimalTraces animal, int w, int time, int neurons, AffinityConfig config) {
        double[][] traces = animal.traces();
        boolean[] present = animal.present();
        Checks.argument(present.length == neurons, "animals", "animal %d has %d neurons, expected %d", w,
                present.length, neurons);
        Checks.argument(traces.length == time, "animals", "animal %d has %d time points, expected %d", w,
                traces.length, time);
        int count = 0;
        for (boolean p : present) {
            count += p ? 1 : 0;
        }
        Checks.argument(count > 0, "animals", "animal %d has no neurons present", w);
        double[][] columns = new double[neurons][];
        for (int i = 0; i < neurons; i++) {
            if (!present[i]) {
                continue;
            }
            double[] x = new double[time];
            boolean constant = true;
            for (int t = 0; t < time; t++) {
                Checks.argument(traces[t] != null && traces[t].length == neurons, "animals",
                        "animal %d time point %d has not %d neurons", w, t, neurons);
                x[t] = traces[t][i];
                Checks.argument(Double.isFinite(x[t]), "animals",
                        "animal %d neuron %d has a non-finite value at time point %d", w, i, t);
                constant &= x[t] == x[0];
            }
            Checks.argument(!constant, "animals", "animal %d neuron %d is constant; mark it absent instead", w, i);
            if (config.kind() == AffinityKind.DIFFERENTIAL) {
                try {
                    x = DifferentialSignal.robustDerivative(x, config.smoothingSigmaSamples());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("animal " + w + " neuron " + i + ": " + e.getMessage(), e);
                }
            }
            columns[i] = x;
        }
        return columns;
    }

    private static double window(double[] x, double[] y, int start, int length, AffinityConfig config) {
        switch (config.kind()) {
            case DIFFERENTIAL: {
                double s = 0;
                for (int t = start; t < start + length; t++) {
                    s += Math.max(0, x[t] * y[t]);
                }
                return s / length;
            }
            case PEARSON:
                return Math.max(0, pearson(x, y, start, length));
            default:
                return MutualInformation.binned(x, y, start, length, config.bins());
        }
    }

    private static double pearson(double[] x, double[] y, int start, int length) {
        double mx = 0;
        double my = 0;
        for (int t = start; t < start + length; t++) {
            mx += x[t] / length;
            my += y[t] / length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int t = start; t < start + length; t++) {
            sxy += (x[t] - mx) * (y[t] - my);
            sxx += (x[t] - mx) * (x[t] - mx);
            syy += (y[t] - my) * (y[t] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
    }
}
