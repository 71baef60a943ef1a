package org.neurobeam.preprocess.confounds;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRPDecomposition_F64;
import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.signal.Columns;
import org.neurobeam.preprocess.signal.Standardize;

/**
 * Confound removal by orthogonal projection, as the last regression step of nilearn's
 * {@code signal.clean}: confounds (already detrended and filtered like the signals, so the
 * projection stays orthogonal to the temporal filters, Lindquist et al. 2019, Hum. Brain Mapp.
 * 40:2358) are z-scored, decomposed with a column-pivoted economic QR, columns of Q whose
 * {@code |R_ii| <= 100 eps} are dropped (constant or collinear confounds), and
 * {@code signals - Q Q^T signals} is returned.
 */
public final class ConfoundRegression {

    private static final double RANK_TOLERANCE = 100 * Math.ulp(1.0);

    private ConfoundRegression() {
    }

    /**
     * nilearn's scaling of confounds before the QR: {@code zscore_sample} when {@code standardize}
     * (a constant column becomes all zeros and is dropped by the projection), otherwise division of each
     * column by its maximum absolute value (1 for an all-zero column).
     */
    public static double[][] scale(double[][] confounds, boolean standardize) {
        if (standardize) {
            return Standardize.ZSCORE_SAMPLE.apply(confounds);
        }
        double[][] out = Columns.copy(confounds);
        for (int c = 0; c < out[0].length; c++) {
            double max = 0;
            for (double[] row : out) {
                max = Math.max(max, Math.abs(row[c]));
            }
            for (double[] row : out) {
                row[c] /= max == 0 ? 1 : max;
            }
        }
        return out;
    }

    /** {@code signals - Q Q^T signals} for the numerically independent columns Q of the confounds' pivoted QR. */
    public static double[][] project(double[][] signals, double[][] confounds) {
        Columns.requireMatrix(signals, "signals");
        Columns.requireMatrix(confounds, "confounds");
        Checks.argument(signals.length == confounds.length, "confounds",
                "confounds have %d time points, signals have %d", confounds.length, signals.length);
        int n = confounds.length;
        int k = confounds[0].length;
        QRPDecomposition_F64<DMatrixRMaj> qr = DecompositionFactory_DDRM.qrp(n, k);
        Checks.argument(qr.decompose(new DMatrixRMaj(confounds)), "confounds", "QR decomposition failed");
        int rank = Math.min(n, k);
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        int kept = 0;
        for (int i = 0; i < rank; i++) {
            kept += Math.abs(r.get(i, i)) > RANK_TOLERANCE ? 1 : 0;
        }
        DMatrixRMaj basis = new DMatrixRMaj(n, kept);
        for (int i = 0, j = 0; i < rank; i++) {
            if (Math.abs(r.get(i, i)) > RANK_TOLERANCE) {
                CommonOps_DDRM.extract(q, 0, n, i, i + 1, basis, 0, j++);
            }
        }
        DMatrixRMaj y = new DMatrixRMaj(signals);
        DMatrixRMaj coefficients = new DMatrixRMaj(kept, y.numCols);
        CommonOps_DDRM.multTransA(basis, y, coefficients);
        DMatrixRMaj fit = new DMatrixRMaj(n, y.numCols);
        CommonOps_DDRM.mult(basis, coefficients, fit);
        CommonOps_DDRM.subtractEquals(y, fit);
        double[][] out = new double[n][y.numCols];
        for (int t = 0; t < n; t++) {
            System.arraycopy(y.data, t * y.numCols, out[t], 0, y.numCols);
        }
        return out;
    }
}
