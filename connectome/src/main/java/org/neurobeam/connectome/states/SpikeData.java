package org.neurobeam.connectome.states;

import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Validated sequences flattened for the M-step: design rows (bias + history), targets, per-bin constants
 * (−Σ_n log x_{t,n}! for Poisson) and sequence offsets. Rejects ragged or non-finite input, negative or
 * non-integer Poisson counts, fewer bins than states, and units that never fire.
 */
final class SpikeData {

    final int units;
    final int[] offsets;
    final double[][] rows;
    final double[][] signal;
    final double[] constant;

    private SpikeData(int units, int[] offsets, double[][] rows, double[][] signal, double[] constant) {
        this.units = units;
        this.offsets = offsets;
        this.rows = rows;
        this.signal = signal;
        this.constant = constant;
    }

    int sequences() {
        return offsets.length - 1;
    }

    int totalBins() {
        return rows.length;
    }

    static SpikeData of(List<double[][]> sequences, HmmGlmConfig config, int expectedUnits, boolean training) {
        Checks.argument(sequences != null && !sequences.isEmpty(), "sequences", "expected at least one sequence");
        int units = expectedUnits > 0 ? expectedUnits : firstWidth(sequences.get(0));
        int total = 0;
        int[] offsets = new int[sequences.size() + 1];
        for (int i = 0; i < sequences.size(); i++) {
            double[][] seq = sequences.get(i);
            Checks.argument(seq != null && seq.length > 0, "sequences", "sequence %d has no bins", i);
            for (int t = 0; t < seq.length; t++) {
                Checks.argument(seq[t].length == units, "sequences",
                        "sequence %d bin %d has %d units, expected %d", i, t, seq[t].length, units);
                for (int n = 0; n < units; n++) {
                    double x = seq[t][n];
                    Checks.argument(Double.isFinite(x), "sequences", "sequence %d bin %d unit %d is %s", i, t, n, x);
                    if (config.emission() == Emission.POISSON) {
                        Checks.argument(x >= 0 && x == Math.rint(x), "sequences",
                                "Poisson counts must be non-negative integers; sequence %d bin %d unit %d is %s",
                                i, t, n, x);
                    }
                }
            }
            total += seq.length;
            offsets[i + 1] = total;
        }
        if (training) {
            Checks.argument(total >= config.states(), "states",
                    "%d states exceed the %d bins available", config.states(), total);
            checkEveryUnitVaries(sequences, units, config.emission());
        }
        double[][] rows = new double[total][];
        double[][] signal = new double[total][];
        double[] constant = new double[total];
        for (int i = 0; i < sequences.size(); i++) {
            double[][] seq = sequences.get(i);
            double[][] design = config.basis().design(seq);
            for (int t = 0; t < seq.length; t++) {
                int row = offsets[i] + t;
                rows[row] = design[t];
                signal[row] = seq[t].clone();
                if (config.emission() == Emission.POISSON) {
                    for (int n = 0; n < units; n++) {
                        constant[row] -= logFactorial((int) seq[t][n]);
                    }
                }
            }
        }
        return new SpikeData(units, offsets, rows, signal, constant);
    }

    private static int firstWidth(double[][] first) {
        Checks.argument(first != null && first.length > 0 && first[0].length > 0, "sequences",
                "the first sequence has no bins or no units");
        return first[0].length;
    }

    private static void checkEveryUnitVaries(List<double[][]> sequences, int units, Emission emission) {
        for (int n = 0; n < units; n++) {
            double first = sequences.get(0)[0][n];
            boolean varies = false;
            boolean fires = false;
            for (double[][] seq : sequences) {
                for (double[] bin : seq) {
                    fires |= bin[n] > 0;
                    varies |= bin[n] != first;
                }
            }
            if (emission == Emission.POISSON) {
                Checks.argument(fires, "sequences", "unit %d never fires; drop it before fitting", n);
            } else {
                Checks.argument(varies, "sequences", "unit %d is constant; drop it before fitting", n);
            }
        }
    }

    static double logFactorial(int x) {
        double sum = 0;
        for (int k = 2; k <= x; k++) {
            sum += Math.log(k);
        }
        return sum;
    }
}
