package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;

/**
 * Running minimum and maximum over {@code size} frames, as {@code scipy.ndimage.minimum_filter1d} /
 * {@code maximum_filter1d(x, size, mode='reflect', origin=0)}: output {@code i} covers frames
 * {@code i - size/2 .. i + size - size/2 - 1} (integer division, so an even window reaches one frame
 * further back than forward), with {@link ReflectBoundary reflect} edges; windows longer than the trace
 * are allowed. O(n + size) per trace (monotonic deque). NaN handling is unspecified; pass finite traces.
 */
public final class ExtremumFilter1d {

    private ExtremumFilter1d() {
    }

    /** {@code scipy.ndimage.minimum_filter1d(trace, size)}. */
    public static double[] minimum(double[] trace, int size) {
        return filter(trace, size, true);
    }

    /** {@code scipy.ndimage.maximum_filter1d(trace, size)}. */
    public static double[] maximum(double[] trace, int size) {
        return filter(trace, size, false);
    }

    private static double[] filter(double[] trace, int size, boolean minimum) {
        Checks.argument(size >= 1, "size", "expected a window of at least 1 frame, got %d", size);
        Checks.argument(trace.length > 0, "trace", "expected at least one frame");
        double[] ext = ReflectBoundary.extend(trace, size / 2, size - size / 2 - 1);
        double[] out = new double[trace.length];
        int[] deque = new int[ext.length];
        int head = 0;
        int tail = 0;
        for (int k = 0; k < ext.length; k++) {
            while (tail > head && (minimum ? ext[deque[tail - 1]] >= ext[k] : ext[deque[tail - 1]] <= ext[k])) {
                tail--;
            }
            deque[tail++] = k;
            if (deque[head] <= k - size) {
                head++;
            }
            if (k >= size - 1) {
                out[k - size + 1] = ext[deque[head]];
            }
        }
        return out;
    }
}
