package org.neurobeam.connectome.statics;

import org.ejml.data.DMatrixRMaj;
import org.neurobeam.ingest.Checks;

/**
 * Checks and column-wise transforms of region signals laid out {@code [time][region]}.
 *
 * <p>A region holding a non-finite value, or a constant region (zero variance), is rejected with an
 * {@link IllegalArgumentException} naming the region index: correlations of such a region are undefined
 * and would otherwise surface as NaN in the connectome.
 */
public final class RegionSignals {

    private RegionSignals() {
    }

    /**
     * Validates {@code signals} [time][region]: at least 2 time points, at least 1 region, rectangular,
     * every value finite and no region constant.
     *
     * @return the number of regions
     */
    public static int validate(double[][] signals) {
        Checks.argument(signals != null, "signals", "expected a [time][region] array, got null");
        Checks.argument(signals.length >= 2, "signals", "expected at least 2 time points, got %d", signals.length);
        Checks.argument(signals[0] != null && signals[0].length >= 1, "signals",
                "expected at least 1 region at time point 0");
        int regions = signals[0].length;
        for (int t = 0; t < signals.length; t++) {
            Checks.argument(signals[t] != null && signals[t].length == regions, "signals",
                    "time point %d has %s regions, expected %d", t,
                    signals[t] == null ? "no" : String.valueOf(signals[t].length), regions);
        }
        for (int r = 0; r < regions; r++) {
            double first = signals[0][r];
            boolean constant = true;
            for (int t = 0; t < signals.length; t++) {
                double v = signals[t][r];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("signals: region " + r + " has a non-finite value (" + v
                            + ") at time point " + t);
                }
                constant &= v == first;
            }
            Checks.argument(!constant, "signals", "region %d is constant (zero variance); its correlations are undefined",
                    r);
        }
        return regions;
    }

    /** Column means of {@code signals} [time][region]. */
    static double[] means(double[][] signals) {
        int regions = signals[0].length;
        double[] means = new double[regions];
        for (double[] row : signals) {
            for (int r = 0; r < regions; r++) {
                means[r] += row[r];
            }
        }
        for (int r = 0; r < regions; r++) {
            means[r] /= signals.length;
        }
        return means;
    }

    /** The signals with each region's mean removed, as an n × p matrix. */
    static DMatrixRMaj centred(double[][] signals) {
        double[] means = means(signals);
        int regions = means.length;
        DMatrixRMaj x = new DMatrixRMaj(signals.length, regions);
        for (int t = 0; t < signals.length; t++) {
            for (int r = 0; r < regions; r++) {
                x.unsafe_set(t, r, signals[t][r] - means[r]);
            }
        }
        return x;
    }

    /**
     * Z-scores each region: mean removed, divided by the population standard deviation (ddof 0), as
     * nilearn's {@code standardize_signal(detrend=False, standardize="zscore")} and
     * {@code scipy.stats.zscore(ddof=0)}. Validates first.
     */
    public static double[][] zscored(double[][] signals) {
        validate(signals);
        DMatrixRMaj x = centred(signals);
        int n = x.numRows;
        int regions = x.numCols;
        double[] sd = new double[regions];
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < regions; r++) {
                double v = x.unsafe_get(t, r);
                sd[r] += v * v;
            }
        }
        for (int r = 0; r < regions; r++) {
            sd[r] = Math.sqrt(sd[r] / n);
        }
        double[][] z = new double[n][regions];
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < regions; r++) {
                z[t][r] = x.unsafe_get(t, r) / sd[r];
            }
        }
        return z;
    }
}
