package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;

/**
 * Gaussian smoothing of a trace, as {@code scipy.ndimage.gaussian_filter1d(x, sigma, truncate=4.0,
 * mode='reflect')} (order 0): kernel {@code exp(-x²/2σ²)} normalised to sum 1 over
 * {@code |x| ≤ radius = int(truncate σ + 0.5)}, applied with {@link ReflectBoundary reflect} edges.
 * {@code sigma = 0} leaves the trace unchanged, as {@code gaussian_filter} skips such axes.
 *
 * @param sigmaFrames standard deviation in frames, {@code ≥ 0}
 * @param truncate    kernel half-width in standard deviations (scipy's default 4.0)
 */
public record GaussianFilter1d(double sigmaFrames, double truncate) {

    /** scipy's default truncation. */
    public static final double DEFAULT_TRUNCATE = 4.0;

    /** Validates the parameters. */
    public GaussianFilter1d {
        Checks.argument(sigmaFrames >= 0 && Double.isFinite(sigmaFrames), "sigma",
                "expected a finite number >= 0, got %s", sigmaFrames);
        Checks.positive(truncate, "truncate");
    }

    /** A filter with {@code sigma} in frames and scipy's truncation 4.0. */
    public static GaussianFilter1d ofFrames(double sigmaFrames) {
        return new GaussianFilter1d(sigmaFrames, DEFAULT_TRUNCATE);
    }

    /** A filter with {@code sigma} in seconds at sampling rate {@code fs} (sigma frames = seconds x fs). */
    public static GaussianFilter1d ofSeconds(double sigmaSeconds, double fs) {
        Checks.positive(fs, "fs");
        return ofFrames(sigmaSeconds * fs);
    }

    /** Kernel half-width in frames, {@code int(truncate * sigma + 0.5)}. */
    public int radius() {
        return (int) (truncate * sigmaFrames + 0.5);
    }

    /** The normalised weights for offsets {@code 0..radius} (the kernel is symmetric). */
    public double[] halfKernel() {
        int r = radius();
        double[] w = new double[r + 1];
        double sum = 0;
        for (int k = -r; k <= r; k++) {
            sum += Math.exp(-0.5 / (sigmaFrames * sigmaFrames) * k * k);
        }
        for (int k = 0; k <= r; k++) {
            w[k] = Math.exp(-0.5 / (sigmaFrames * sigmaFrames) * k * k) / sum;
        }
        return w;
    }

    /** The smoothed trace (a new array). */
    public double[] apply(double[] trace) {
        Checks.argument(trace.length > 0, "trace", "expected at least one frame");
        if (sigmaFrames == 0) {
            return trace.clone();
        }
        double[] w = halfKernel();
        int r = w.length - 1;
        double[] ext = ReflectBoundary.extend(trace, r, r);
        double[] out = new double[trace.length];
        for (int i = 0; i < out.length; i++) {
            int c = i + r;
            double acc = ext[c] * w[0];
            for (int k = r; k >= 1; k--) {
                acc += (ext[c - k] + ext[c + k]) * w[k];
            }
            out[i] = acc;
        }
        return out;
    }
}
