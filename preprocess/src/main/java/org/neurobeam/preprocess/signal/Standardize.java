package org.neurobeam.preprocess.signal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;

/**
 * Per-column standardisation strategies of nilearn's {@code signal.standardize_signal}
 * (names as nilearn's {@code standardize} argument).
 */
public enum Standardize {
    /** Demean and divide by the sample standard deviation (ddof 1); nilearn's default. A std below eps is replaced by 1. */
    ZSCORE_SAMPLE,
    /** Demean and divide by the population standard deviation (ddof 0, scipy.stats.zscore's default). */
    ZSCORE,
    /**
     * Percent signal change {@code (x - mean) / |mean| * 100}; columns whose |mean| is below eps are set
     * to 0 (nilearn warns; see {@link #meanlessColumns}).
     */
    PSC,
    /** Leave the signals as they are. */
    NONE;

    private static final double EPS = Math.ulp(1.0);

    /** The strategy for nilearn's name ({@code zscore_sample}, {@code zscore}, {@code psc}, {@code none}). */
    public static Standardize fromName(String name) {
        List<String> names = Arrays.stream(values()).map(Standardize::nilearnName).toList();
        return values()[names.indexOf(Checks.option(name, "standardize", names))];
    }

    /** nilearn's name of this strategy. */
    public String nilearnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A standardised copy of {@code signals[time][column]}; a single time point is returned unchanged, as nilearn. */
    public double[][] apply(double[][] signals) {
        Columns.requireMatrix(signals, "signals");
        double[][] out = Columns.copy(signals);
        if (this == NONE || signals.length == 1) {
            return out;
        }
        double[] mean = Columns.mean(signals);
        double[] scale = this == ZSCORE_SAMPLE ? Columns.std(signals, 1) : Columns.std(signals, 0);
        for (double[] row : out) {
            for (int c = 0; c < row.length; c++) {
                if (this == PSC) {
                    double m = Math.abs(mean[c]);
                    row[c] = m < EPS ? 0.0 : (row[c] - mean[c]) / m * 100;
                } else {
                    row[c] = (row[c] - mean[c]) / (scale[c] < EPS ? 1.0 : scale[c]);
                }
            }
        }
        return out;
    }

    /** Number of columns {@link #PSC} sets to zero because their mean is (numerically) zero. */
    public static int meanlessColumns(double[][] signals) {
        int count = 0;
        for (double m : Columns.mean(signals)) {
            count += Math.abs(m) < EPS ? 1 : 0;
        }
        return count;
    }
}
