package org.neurobeam.connectome.glm;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.neurobeam.ingest.Checks;

/**
 * Ordinary least squares for one (possibly whitened) design X (n × p, full column rank): the
 * pseudo-inverse {@code X⁺ = R⁻¹Qᵀ} by Householder QR, the unscaled covariance {@code C = X⁺ X⁺ᵀ = (XᵀX)⁻¹} (nilearn's
 * {@code normalized_cov_beta}), betas {@code X⁺ Y} and residual variance {@code |Y - Xβ|² / (n - p)}.
 * The rank is checked first (numpy's {@code matrix_rank} tolerance {@code σ_max max(n, p) eps}); a
 * deficient design fails naming the columns that carry weight in the null space.
 */
final class LinearModel {

    private final DMatrixRMaj x;
    private final DMatrixRMaj pinv;
    private final double[][] covariance;
    private final int dof;

    LinearModel(DMatrixRMaj x, List<String> names) {
        int n = x.numRows;
        int p = x.numCols;
        Checks.argument(n > p, "design_matrix", "%d scans leave no residual degrees of freedom for %d columns",
                n, p);
        checkRank(x, names);
        this.x = x;
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, p);
        Checks.argument(qr.decompose(x.copy()), "design_matrix", "QR decomposition failed");
        DMatrixRMaj rInverse = new DMatrixRMaj(p, p);
        Checks.argument(CommonOps_DDRM.invert(qr.getR(null, true), rInverse), "design_matrix", "R is singular");
        pinv = new DMatrixRMaj(p, n);
        CommonOps_DDRM.multTransB(rInverse, qr.getQ(null, true), pinv);
        DMatrixRMaj c = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransB(rInverse, rInverse, c);
        covariance = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                covariance[i][j] = c.get(i, j);
            }
        }
        dof = n - p;
    }

    private static void checkRank(DMatrixRMaj x, List<String> names) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(x.numRows, x.numCols, false, true, true);
        Checks.argument(svd.decompose(x.copy()), "design_matrix", "SVD failed");
        double[] s = svd.getSingularValues();
        double max = 0;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double tol = max * Math.max(x.numRows, x.numCols) * Math.ulp(1.0);
        DMatrixRMaj v = svd.getV(null, false);
        List<String> involved = new ArrayList<>();
        int rank = 0;
        for (int k = 0; k < s.length; k++) {
            if (s[k] > tol) {
                rank++;
                continue;
            }
            for (int j = 0; j < x.numCols; j++) {
                if (Math.abs(v.get(j, k)) > 1e-8 && !involved.contains(names.get(j))) {
                    involved.add(names.get(j));
                }
            }
        }
        Checks.argument(rank == x.numCols, "design_matrix",
                "rank deficient (rank %d of %d columns): columns %s are linearly dependent", rank, x.numCols,
                involved);
    }

    int dof() {
        return dof;
    }

    /** The unscaled covariance of the betas (shared, do not modify). */
    double[][] covariance() {
        return covariance;
    }

    /**
     * Fits the {@code n × k} block {@code y}; writes betas to {@code betas[j][units[c]]} and residual
     * variances to {@code variance[units[c]]}.
     */
    void fit(DMatrixRMaj y, int[] units, double[][] betas, double[] variance) {
        DMatrixRMaj b = new DMatrixRMaj(x.numCols, y.numCols);
        CommonOps_DDRM.mult(pinv, y, b);
        DMatrixRMaj r = y.copy();
        CommonOps_DDRM.multAdd(-1, x, b, r);
        double[] ss = new double[y.numCols];
        for (int i = 0; i < y.numRows; i++) {
            for (int c = 0; c < y.numCols; c++) {
                ss[c] += r.get(i, c) * r.get(i, c);
            }
        }
        for (int c = 0; c < y.numCols; c++) {
            variance[units[c]] = ss[c] / dof;
            for (int j = 0; j < x.numCols; j++) {
                betas[j][units[c]] = b.get(j, c);
            }
        }
    }

    /** Residuals {@code y - X X⁺ y} of the {@code n × k} block. */
    DMatrixRMaj residuals(DMatrixRMaj y) {
        DMatrixRMaj b = new DMatrixRMaj(x.numCols, y.numCols);
        CommonOps_DDRM.mult(pinv, y, b);
        DMatrixRMaj r = y.copy();
        CommonOps_DDRM.multAdd(-1, x, b, r);
        return r;
    }
}
