package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;

/**
 * Pearson correlation between traces, as {@code numpy.corrcoef(rows)}: centred cross-products over
 * the square roots of the centred sums of squares, clipped to [-1, 1]; a constant trace gives NaN. Needs
 * all compared rows in memory (the one operation of this package that is not per row).
 */
public final class TraceCorrelation {

    private TraceCorrelation() {
    }

    /** The {@code rows × rows} correlation matrix. */
    public static double[][] matrix(double[][] rows) {
        Checks.argument(rows.length > 0, "rows", "expected at least one trace");
        int n = rows[0].length;
        double[][] centred = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            Checks.argument(rows[r].length == n, "rows", "row %d has %d frames, row 0 has %d", r, rows[r].length, n);
            double mean = 0;
            for (double v : rows[r]) {
                mean += v;
            }
            mean /= n;
            centred[r] = new double[n];
            for (int i = 0; i < n; i++) {
                centred[r][i] = rows[r][i] - mean;
            }
        }
        double[] norm = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            norm[r] = Math.sqrt(dot(centred[r], centred[r]));
        }
        double[][] out = new double[rows.length][rows.length];
        for (int a = 0; a < rows.length; a++) {
            for (int b = a; b < rows.length; b++) {
                double r = dot(centred[a], centred[b]) / norm[a] / norm[b];
                out[a][b] = Double.isNaN(r) ? r : Math.max(-1, Math.min(1, r));
                out[b][a] = out[a][b];
            }
        }
        return out;
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }
}
