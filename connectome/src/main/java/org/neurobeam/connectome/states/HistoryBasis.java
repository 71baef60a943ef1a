package org.neurobeam.connectome.states;

import org.neurobeam.ingest.Checks;

/**
 * The paper demo's single exponential history kernel (notes §B.1): φ(τ) ∝ exp(−decay·τ) on lags τ = 1..K,
 * normalised so that Σφ = 1 (dt = 1); K = 5, decay = 1 gives φ ≈ [0.636, 0.234, 0.086, 0.032, 0.012].
 * History before the first bin is zero-padded.
 */
public final class HistoryBasis {

    private final double[] kernel;

    private HistoryBasis(double[] kernel) {
        this.kernel = kernel;
    }

    /** The paper's default: 5 lags, decay 1. */
    public static HistoryBasis paperDefault() {
        return exponential(5, 1.0);
    }

    /** Exponential kernel over {@code lags} bins with the given decay per bin. */
    public static HistoryBasis exponential(int lags, double decay) {
        Checks.argument(lags >= 1, "lags", "expected at least 1, got %d", lags);
        Checks.positive(decay, "decay");
        double[] kernel = new double[lags];
        double sum = 0;
        for (int k = 0; k < lags; k++) {
            kernel[k] = Math.exp(-decay * (k + 1));
            sum += kernel[k];
        }
        for (int k = 0; k < lags; k++) {
            kernel[k] /= sum;
        }
        return new HistoryBasis(kernel);
    }

    /** φ for lag 1 first (a copy). */
    public double[] kernel() {
        return kernel.clone();
    }

    /** Number of lags K. */
    public int lags() {
        return kernel.length;
    }

    /**
     * Design rows {@code [time][1 + unit]}: column 0 is the bias (1), column 1 + n' is
     * h_{t,n'} = Σ_k x_{t−k,n'} φ_k.
     */
    double[][] design(double[][] signal) {
        int bins = signal.length;
        int units = signal[0].length;
        double[][] rows = new double[bins][units + 1];
        for (int t = 0; t < bins; t++) {
            rows[t][0] = 1.0;
            for (int k = 0; k < kernel.length && k < t; k++) {
                double[] past = signal[t - 1 - k];
                for (int n = 0; n < units; n++) {
                    rows[t][n + 1] += kernel[k] * past[n];
                }
            }
        }
        return rows;
    }
}
