package org.neurobeam.preprocess.signal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.neurobeam.ingest.Checks;

/**
 * Removal of a polynomial trend in time from each column, by least squares. Order 0 removes the mean
 * ({@code scipy.signal.detrend(type='constant')}), order 1 the best line ({@code type='linear'}; also
 * nilearn's {@code _detrend}, which removes the mean then projects on a normalised centred ramp).
 * Higher orders project out an orthonormal basis (Householder QR) of {@code 1, t, ..., t^order} with
 * t rescaled to [-1, 1] for conditioning; the fit and residual are the same as for raw powers.
 *
 * @param order polynomial order, 0 or more
 */
public record Detrend(int order) {

    /** Mean removal. */
    public static final Detrend CONSTANT = new Detrend(0);
    /** Linear trend removal: scipy's default and nilearn's {@code detrend=True}. */
    public static final Detrend LINEAR = new Detrend(1);

    public Detrend {
        Checks.argument(order >= 0, "detrend order", "expected an order of 0 or more, got %d", order);
    }

    /** A detrended copy of {@code signals[time][column]}. */
    public double[][] apply(double[][] signals) {
        Columns.requireMatrix(signals, "signals");
        int n = signals.length;
        Checks.argument(n > order, "detrend order",
                "a polynomial of order %d needs more than %d time points, got %d", order, order, n);
        double[] mean = Columns.mean(signals);
        double[][] out = Columns.plus(signals, negate(mean));
        if (order == 0) {
            return out;
        }
        DMatrixRMaj basis = new DMatrixRMaj(n, order + 1);
        for (int t = 0; t < n; t++) {
            double x = n == 1 ? 0 : 2.0 * t / (n - 1) - 1;
            double power = 1;
            for (int k = 0; k <= order; k++) {
                basis.set(t, k, power);
                power *= x;
            }
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, order + 1);
        Checks.argument(qr.decompose(basis), "detrend order", "QR decomposition of the polynomial basis failed");
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj y = new DMatrixRMaj(out);
        DMatrixRMaj coefficients = new DMatrixRMaj(order + 1, y.numCols);
        CommonOps_DDRM.multTransA(q, y, coefficients);
        DMatrixRMaj fit = new DMatrixRMaj(n, y.numCols);
        CommonOps_DDRM.mult(q, coefficients, fit);
        for (int t = 0; t < n; t++) {
            for (int c = 0; c < y.numCols; c++) {
                out[t][c] -= fit.get(t, c);
            }
        }
        return out;
    }

    private static double[] negate(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = -values[i];
        }
        return out;
    }
}
