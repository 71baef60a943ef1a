package org.neurobeam.preprocess.signal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurobeam.ingest.Checks;

/**
 * Replaces censored volumes by a cubic spline through the kept ones, as nilearn's
 * {@code _interpolate_volumes} (scipy.interpolate.CubicSpline over frame times {@code i * t_r},
 * {@code bc_type='not-a-knot'}, extrapolating beyond the first/last kept volume), so that a temporal
 * filter can run on evenly sampled data before the censored volumes are dropped (Power et al. 2014,
 * NeuroImage 84:320). With 3 kept volumes the spline is the interpolating parabola, with 2 a line.
 */
public final class CensoredVolumeInterpolation {

    private CensoredVolumeInterpolation() {
    }

    /** A copy of {@code values} whose rows with {@code keep[t] == false} are spline-interpolated from the others. */
    public static double[][] interpolate(double[][] values, boolean[] keep) {
        int n = values.length;
        Checks.argument(keep.length == n, "sample_mask", "has %d entries for %d volumes", keep.length, n);
        double[][] kept = Columns.rows(values, keep);
        int m = kept.length;
        Checks.argument(m >= 2, "sample_mask", "at least 2 volumes must be kept to interpolate, got %d", m);
        double[] x = new double[m];
        for (int t = 0, i = 0; t < n; t++) {
            if (keep[t]) {
                x[i++] = t;
            }
        }
        double[][] second = secondDerivatives(x, kept);
        double[][] out = Columns.copy(values);
        for (int t = 0; t < n; t++) {
            if (!keep[t]) {
                int i = interval(x, t);
                double h = x[i + 1] - x[i];
                double a = x[i + 1] - t;
                double b = t - x[i];
                for (int c = 0; c < out[t].length; c++) {
                    out[t][c] = second[i][c] * a * a * a / (6 * h) + second[i + 1][c] * b * b * b / (6 * h)
                            + (kept[i][c] / h - second[i][c] * h / 6) * a
                            + (kept[i + 1][c] / h - second[i + 1][c] * h / 6) * b;
                }
            }
        }
        return out;
    }

    /** Index i of the knot interval [x_i, x_i+1] used for t; the end intervals extend outwards. */
    private static int interval(double[] x, double t) {
        int i = 0;
        while (i < x.length - 2 && t > x[i + 1]) {
            i++;
        }
        return i;
    }

    /** Spline second derivatives at the knots (time in units of t_r; the spline does not depend on the unit). */
    private static double[][] secondDerivatives(double[] x, double[][] y) {
        int m = x.length;
        int columns = y[0].length;
        if (m == 2) {
            return new double[2][columns];
        }
        DMatrixRMaj lhs = new DMatrixRMaj(m, m);
        DMatrixRMaj rhs = new DMatrixRMaj(m, columns);
        for (int i = 1; i < m - 1; i++) {
            double h0 = x[i] - x[i - 1];
            double h1 = x[i + 1] - x[i];
            lhs.set(i, i - 1, h0);
            lhs.set(i, i, 2 * (h0 + h1));
            lhs.set(i, i + 1, h1);
            for (int c = 0; c < columns; c++) {
                rhs.set(i, c, 6 * ((y[i + 1][c] - y[i][c]) / h1 - (y[i][c] - y[i - 1][c]) / h0));
            }
        }
        if (m == 3) {
            lhs.set(0, 0, 1);
            lhs.set(0, 1, -1);
            lhs.set(2, 1, 1);
            lhs.set(2, 2, -1);
        } else {
            double h0 = x[1] - x[0];
            double h1 = x[2] - x[1];
            lhs.set(0, 0, h1);
            lhs.set(0, 1, -(h0 + h1));
            lhs.set(0, 2, h0);
            double g0 = x[m - 2] - x[m - 3];
            double g1 = x[m - 1] - x[m - 2];
            lhs.set(m - 1, m - 3, g1);
            lhs.set(m - 1, m - 2, -(g0 + g1));
            lhs.set(m - 1, m - 1, g0);
        }
        DMatrixRMaj solution = new DMatrixRMaj(m, columns);
        Checks.argument(CommonOps_DDRM.solve(lhs, rhs, solution), "sample_mask", "spline system is singular");
        double[][] out = new double[m][columns];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < columns; c++) {
                out[i][c] = solution.get(i, c);
            }
        }
        return out;
    }
}
