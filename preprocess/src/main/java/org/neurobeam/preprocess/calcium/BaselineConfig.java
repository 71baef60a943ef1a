package org.neurobeam.preprocess.calcium;

import java.util.Arrays;
import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Baseline (F0 / "Flow") settings with suite2p's defaults ({@code default_ops}: {@code baseline='maximin'},
 * {@code win_baseline=60} s, {@code sig_baseline=10} frames, {@code prctile_baseline=8}).
 *
 * @param method        estimator
 * @param windowSeconds window of the running filters; frames = {@code int(windowSeconds · fs)}, as suite2p
 * @param sigmaFrames   Gaussian sigma (frames) applied before the maximin min/max filters
 * @param percentile    percentile (0..100) of the percentile methods
 */
public record BaselineConfig(BaselineMethod method, double windowSeconds, double sigmaFrames, double percentile) {

    /** Validates the settings. */
    public BaselineConfig {
        Objects.requireNonNull(method, "method");
        Checks.positive(windowSeconds, "win_baseline");
        Checks.argument(sigmaFrames >= 0 && Double.isFinite(sigmaFrames), "sig_baseline",
                "expected a finite number >= 0, got %s", sigmaFrames);
        Checks.argument(percentile >= 0 && percentile <= 100, "prctile_baseline",
                "expected 0..100, got %s", percentile);
    }

    /** suite2p's defaults. */
    public static BaselineConfig defaults() {
        return new BaselineConfig(BaselineMethod.MAXIMIN, 60, 10, 8);
    }

    /** A copy with another method. */
    public BaselineConfig withMethod(BaselineMethod value) {
        return new BaselineConfig(value, windowSeconds, sigmaFrames, percentile);
    }

    /** A copy with another window (seconds). */
    public BaselineConfig withWindowSeconds(double value) {
        return new BaselineConfig(method, value, sigmaFrames, percentile);
    }

    /** A copy with another Gaussian sigma (frames). */
    public BaselineConfig withSigmaFrames(double value) {
        return new BaselineConfig(method, windowSeconds, value, percentile);
    }

    /** A copy with another percentile. */
    public BaselineConfig withPercentile(double value) {
        return new BaselineConfig(method, windowSeconds, sigmaFrames, value);
    }

    /** suite2p's {@code win = int(win_baseline * fs)}, required to be at least 1. */
    public int windowFrames(double fs) {
        Checks.positive(fs, "fs");
        int frames = (int) (windowSeconds * fs);
        Checks.argument(frames >= 1, "win_baseline", "%s s at %s Hz is less than one frame", windowSeconds, fs);
        return frames;
    }

    /** The baseline of one trace sampled at {@code fs} Hz, one value per frame (constant methods repeat it). */
    public double[] estimate(double[] trace, double fs) {
        return switch (method) {
            case MAXIMIN -> {
                int win = windowFrames(fs);
                double[] smooth = GaussianFilter1d.ofFrames(sigmaFrames).apply(trace);
                yield ExtremumFilter1d.maximum(ExtremumFilter1d.minimum(smooth, win), win);
            }
            case CONSTANT_PERCENTILE -> {
                double[] out = new double[trace.length];
                Arrays.fill(out, Percentile.of(trace, percentile));
                yield out;
            }
            case SLIDING_PERCENTILE -> SlidingPercentile.apply(trace, windowFrames(fs), percentile);
        };
    }
}
