package org.neurobeam.connectome.ntf;

import java.util.Arrays;
import org.neurobeam.ingest.Checks;

/**
 * The per-trace stage of the differential affinity (notes §A.3, steps 1–3): Gaussian smoothing as
 * {@code scipy.ndimage.gaussian_filter1d(mode="reflect", truncate=4)}, the derivative by central differences
 * (one-sided at the ends, as {@code numpy.gradient}), and robust scaling z = d / (1.4826 MAD(d)).
 */
public final class DifferentialSignal {

    private DifferentialSignal() {
    }

    /** Robust z-scored derivative of {@code trace}; fails when its MAD is 0 (e.g. a constant trace). */
    public static double[] robustDerivative(double[] trace, double sigma) {
        double[] d = derivative(smooth(trace, sigma));
        double median = median(d);
        double[] deviation = new double[d.length];
        for (int t = 0; t < d.length; t++) {
            deviation[t] = Math.abs(d[t] - median);
        }
        double mad = median(deviation);
        Checks.argument(mad > 0, "trace", "its derivative has zero median absolute deviation (constant or "
                + "mostly flat trace); the robust scale is undefined");
        double[] z = new double[d.length];
        for (int t = 0; t < d.length; t++) {
            z[t] = d[t] / (1.4826 * mad);
        }
        return z;
    }

    /** Gaussian smoothing with σ in samples (0: a copy), kernel radius ⌊4σ + 0.5⌋, half-sample reflection. */
    public static double[] smooth(double[] x, double sigma) {
        if (sigma == 0) {
            return x.clone();
        }
        int radius = (int) (4 * sigma + 0.5);
        double[] kernel = new double[2 * radius + 1];
        double total = 0;
        for (int k = -radius; k <= radius; k++) {
            kernel[k + radius] = Math.exp(-0.5 * k * k / (sigma * sigma));
            total += kernel[k + radius];
        }
        int n = x.length;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double s = 0;
            for (int k = -radius; k <= radius; k++) {
                s += kernel[k + radius] * x[reflect(t + k, n)];
            }
            y[t] = s / total;
        }
        return y;
    }

    private static int reflect(int i, int n) {
        int period = 2 * n;
        int m = Math.floorMod(i, period);
        return m < n ? m : period - m - 1;
    }

    private static double[] derivative(double[] x) {
        int n = x.length;
        double[] d = new double[n];
        d[0] = x[1] - x[0];
        d[n - 1] = x[n - 1] - x[n - 2];
        for (int t = 1; t < n - 1; t++) {
            d[t] = 0.5 * (x[t + 1] - x[t - 1]);
        }
        return d;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : 0.5 * (s[h - 1] + s[h]);
    }
}
