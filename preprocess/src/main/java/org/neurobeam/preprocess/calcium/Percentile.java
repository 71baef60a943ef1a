package org.neurobeam.preprocess.calcium;

import java.util.Arrays;
import org.neurobeam.ingest.Checks;

/**
 * {@code numpy.percentile(x, q)} with its default {@code method='linear'} (numpy 1.22+ formulation):
 * virtual index {@code h = n·(q/100) + (1 - q/100) - 1}, result interpolated between the sorted values at
 * {@code floor(h)} and {@code floor(h) + 1} with numpy's two-sided lerp. Any NaN gives NaN, as numpy.
 */
public final class Percentile {

    private Percentile() {
    }

    /** The {@code percent}-th percentile ({@code 0..100}) of {@code values}; the input is not modified. */
    public static double of(double[] values, double percent) {
        Checks.argument(values.length > 0, "values", "expected at least one value");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, sorted.length, percent);
    }

    /** The percentile of the first {@code n} values of an ascending {@code sorted} array. */
    static double ofSorted(double[] sorted, int n, double percent) {
        Checks.argument(percent >= 0 && percent <= 100, "percentile", "expected 0..100, got %s", percent);
        if (Double.isNaN(sorted[n - 1])) {
            return Double.NaN;
        }
        double q = percent / 100;
        double h = n * q + (1 - q) - 1;
        int below;
        int above;
        if (h >= n - 1) {
            below = n - 1;
            above = n - 1;
        } else if (h < 0) {
            below = 0;
            above = 0;
        } else {
            below = (int) Math.floor(h);
            above = below + 1;
        }
        double gamma = h - Math.floor(h);
        double a = sorted[below];
        double b = sorted[above];
        double diff = b - a;
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }
}
