package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.signal.Standardize;

/**
 * z-score of one trace by the module's {@link Standardize} rules: {@link Standardize#ZSCORE} divides by
 * the population standard deviation (ddof 0, {@code scipy.stats.zscore}'s default),
 * {@link Standardize#ZSCORE_SAMPLE} by the sample one (ddof 1); a standard deviation below machine epsilon
 * is replaced by 1 and a single frame is returned unchanged, as {@link Standardize}.
 */
public final class TraceZScore {

    private TraceZScore() {
    }

    /** The z-scored trace (a new array). */
    public static double[] apply(double[] trace, Standardize rule) {
        Checks.argument(rule == Standardize.ZSCORE || rule == Standardize.ZSCORE_SAMPLE, "standardize",
                "expected zscore or zscore_sample, got %s", rule.nilearnName());
        double[][] column = new double[trace.length][];
        for (int i = 0; i < trace.length; i++) {
            column[i] = new double[] {trace[i]};
        }
        double[][] scored = rule.apply(column);
        double[] out = new double[trace.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = scored[i][0];
        }
        return out;
    }
}
