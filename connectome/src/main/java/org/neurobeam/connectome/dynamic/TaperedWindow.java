package org.neurobeam.connectome.dynamic;

/**
 * Weights of the tapered window: a rectangle of L ones discretely convolved with a Gaussian kernel sampled at
 * integer lags |d| ≤ ⌈3σ⌉ (Allen et al. 2014). The support is therefore L + 2⌈3σ⌉ samples, like GIFT's
 * {@code conv(rect, gauss)} before truncation (the ±3σ cut is our choice). Weights are scaled to sum 1.
 */
public final class TaperedWindow {

    private TaperedWindow() {
    }

    /** The window weights for {@code config}; a rectangle of L equal weights when σ = 0. */
    public static double[] weights(WindowConfig config) {
        int length = config.lengthSamples();
        double sigma = config.sigmaSamples();
        int half = sigma > 0 ? (int) Math.ceil(3 * sigma) : 0;
        double[] kernel = new double[2 * half + 1];
        for (int d = -half; d <= half; d++) {
            kernel[d + half] = sigma > 0 ? Math.exp(-0.5 * d * d / (sigma * sigma)) : 1.0;
        }
        double[] weights = new double[length + 2 * half];
        for (int r = 0; r < length; r++) {
            for (int k = 0; k < kernel.length; k++) {
                weights[r + k] += kernel[k];
            }
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        for (int t = 0; t < weights.length; t++) {
            weights[t] /= total;
        }
        return weights;
    }
}
