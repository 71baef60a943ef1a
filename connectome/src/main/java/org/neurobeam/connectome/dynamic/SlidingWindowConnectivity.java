package org.neurobeam.connectome.dynamic;

import org.neurobeam.connectome.statics.FisherZ;
import org.neurobeam.connectome.statics.RegionSignals;
import org.neurobeam.ingest.Checks;

/**
 * Sliding-window connectivity (notes §D.2): in each tapered window w(t) ≥ 0, Σ w = 1, the weighted means
 * m_i = Σ w x_i, covariances Σ w (x_i − m_i)(x_j − m_j) and correlations r_ij = cov_ij / √(cov_ii cov_jj).
 * Windows start at 0, 1·step, 2·step, … and are kept only where their whole support lies inside the
 * recording (no padding; our choice). Unlike Allen et al. no graphical-lasso regularisation is applied.
 */
public final class SlidingWindowConnectivity {

    private final SlidingWindowConfig config;

    public SlidingWindowConnectivity(SlidingWindowConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public SlidingWindowConfig config() {
        return config;
    }

    /**
     * Windowed connectivity of {@code signals} [time][region]. Fails when the recording is shorter than one
     * window, when a region is constant or non-finite, when a region is constant inside one window
     * (correlation), or when |r| = 1 under Fisher z.
     */
    public WindowedConnectivity compute(double[][] signals) {
        int regions = RegionSignals.validate(signals);
        double[] weights = TaperedWindow.weights(config.window());
        int support = weights.length;
        int step = config.window().stepSamples();
        Checks.argument(signals.length >= support, "signals",
                "%d time points are fewer than one window of %d samples (rectangle %d + taper)", signals.length,
                support, config.window().lengthSamples());
        double[][] x = config.zscore() ? RegionSignals.zscored(signals) : signals;
        int windows = (signals.length - support) / step + 1;
        int[] starts = new int[windows];
        double[] centres = new double[windows];
        double[][] edges = new double[windows][];
        for (int w = 0; w < windows; w++) {
            starts[w] = w * step;
            centres[w] = starts[w] + (support - 1) / 2.0;
            edges[w] = window(x, starts[w], weights, regions, w);
        }
        return new WindowedConnectivity(starts, centres, edges, regions);
    }

    private double[] window(double[][] x, int start, double[] weights, int regions, int w) {
        double[] mean = new double[regions];
        for (int t = 0; t < weights.length; t++) {
            for (int r = 0; r < regions; r++) {
                mean[r] += weights[t] * x[start + t][r];
            }
        }
        double[][] cov = new double[regions][regions];
        double[] d = new double[regions];
        for (int t = 0; t < weights.length; t++) {
            for (int r = 0; r < regions; r++) {
                d[r] = x[start + t][r] - mean[r];
            }
            for (int i = 0; i < regions; i++) {
                double wi = weights[t] * d[i];
                for (int j = i; j < regions; j++) {
                    cov[i][j] += wi * d[j];
                }
            }
        }
        boolean correlation = config.statistic() == WindowStatistic.CORRELATION;
        if (correlation) {
            for (int r = 0; r < regions; r++) {
                Checks.argument(cov[r][r] > 0, "signals", "region %d is constant in window %d (samples %d..%d)", r,
                        w, start, start + weights.length - 1);
            }
        }
        double[] edges = new double[UpperTriangle.pairs(regions)];
        int p = 0;
        for (int i = 0; i < regions; i++) {
            for (int j = i + 1; j < regions; j++) {
                double v = correlation ? clamp(cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j])) : cov[i][j];
                if (config.fisherZ()) {
                    Checks.argument(Math.abs(v) < 1, "signals",
                            "regions (%d, %d) are perfectly correlated in window %d; Fisher z is infinite", i, j, w);
                    v = FisherZ.of(v);
                }
                edges[p++] = v;
            }
        }
        return edges;
    }

    private static double clamp(double r) {
        return Math.max(-1.0, Math.min(1.0, r));
    }
}
