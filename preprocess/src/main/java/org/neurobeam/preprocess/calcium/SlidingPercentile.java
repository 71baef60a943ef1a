package org.neurobeam.preprocess.calcium;

import java.util.Arrays;
import org.neurobeam.ingest.Checks;

/**
 * Running percentile over {@code size} frames: output {@code i} is {@link Percentile numpy's linear
 * percentile} of the same window as {@link ExtremumFilter1d} (frames {@code i - size/2 .. i + size -
 * size/2 - 1}, scipy {@code reflect} edges, so every output sees exactly {@code size} values, mirrored
 * ones near the ends). Unlike {@code scipy.ndimage.percentile_filter}, which returns the order statistic
 * of rank {@code int(size·q/100)}, values between ranks are interpolated; the two agree for percentiles 0,
 * 100 and, with odd sizes, 50. Cost O(n·size) per trace (sorted window, binary-search insert/remove).
 */
public final class SlidingPercentile {

    private SlidingPercentile() {
    }

    /** The running {@code percent}-th percentile of {@code trace} over windows of {@code size} frames. */
    public static double[] apply(double[] trace, int size, double percent) {
        Checks.argument(size >= 1, "size", "expected a window of at least 1 frame, got %d", size);
        Checks.argument(trace.length > 0, "trace", "expected at least one frame");
        Checks.argument(percent >= 0 && percent <= 100, "percentile", "expected 0..100, got %s", percent);
        for (double v : trace) {
            Checks.argument(!Double.isNaN(v), "trace", "NaN values are not supported");
        }
        double[] ext = ReflectBoundary.extend(trace, size / 2, size - size / 2 - 1);
        double[] window = Arrays.copyOf(ext, size);
        Arrays.sort(window);
        double[] out = new double[trace.length];
        out[0] = Percentile.ofSorted(window, size, percent);
        for (int i = 1; i < out.length; i++) {
            remove(window, size, ext[i - 1]);
            insert(window, size - 1, ext[i + size - 1]);
            out[i] = Percentile.ofSorted(window, size, percent);
        }
        return out;
    }

    private static void remove(double[] sorted, int n, double value) {
        int at = Arrays.binarySearch(sorted, 0, n, value);
        System.arraycopy(sorted, at + 1, sorted, at, n - at - 1);
    }

    private static void insert(double[] sorted, int n, double value) {
        int at = Arrays.binarySearch(sorted, 0, n, value);
        if (at < 0) {
            at = -at - 1;
        }
        System.arraycopy(sorted, at, sorted, at + 1, n - at);
        sorted[at] = value;
    }
}
