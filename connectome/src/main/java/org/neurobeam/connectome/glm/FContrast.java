package org.neurobeam.connectome.glm;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.neurobeam.ingest.Checks;

/**
 * An F contrast per unit, as nilearn's {@code compute_contrast(..., stat_type='F')}: for a q × p matrix
 * c, effect {@code e = cβ}, {@code F = eᵀ (c C cᵀ)⁻¹ e / (q σ²)}, {@code p = P(F_{q,dof} > F)} and
 * {@code z} from p and 1 - p by {@link Normal#zScore}.
 *
 * @param matrix the contrast rows
 * @param effect {@code [row][unit]}
 * @param f      per unit
 * @param p      per unit
 * @param z      per unit
 * @param dfNum  q, the number of rows
 * @param dfDen  residual degrees of freedom
 */
public record FContrast(double[][] matrix, double[][] effect, double[] f, double[] p, double[] z, int dfNum,
        int dfDen) {

    /** Rows given as expressions over the design's column names, e.g. {@code ["a", "b"]}. */
    public static FContrast of(GlmResult fit, List<String> rows) {
        Checks.argument(!rows.isEmpty(), "contrast", "an F contrast needs at least one row");
        double[][] matrix = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            matrix[r] = ContrastExpression.parse(rows.get(r), fit.names());
        }
        return of(fit, matrix);
    }

    /** Rows given as weights, each one per design column. */
    public static FContrast of(GlmResult fit, double[][] matrix) {
        int p = fit.names().size();
        int q = matrix.length;
        Checks.argument(q > 0, "contrast", "an F contrast needs at least one row");
        for (double[] row : matrix) {
            Checks.argument(row.length == p, "contrast", "a row has %d weights for %d design columns", row.length,
                    p);
        }
        DMatrixRMaj c = new DMatrixRMaj(matrix);
        Checks.argument(MatrixFeatures_DDRM.rank(c) == q, "contrast",
                "the F contrast rows are linearly dependent (rank %d of %d rows)", MatrixFeatures_DDRM.rank(c), q);
        List<DMatrixRMaj> inverses = new ArrayList<>();
        for (double[][] cov : fit.covariances()) {
            DMatrixRMaj v = new DMatrixRMaj(q, q);
            DMatrixRMaj cc = new DMatrixRMaj(q, p);
            CommonOps_DDRM.mult(c, new DMatrixRMaj(cov), cc);
            CommonOps_DDRM.multTransB(cc, c, v);
            DMatrixRMaj inverse = new DMatrixRMaj(q, q);
            Checks.argument(CommonOps_DDRM.invertSPD(v, inverse) && allFinite(inverse), "contrast",
                    "c C c' is not positive definite (numerically singular)");
            inverses.add(inverse);
        }
        int units = fit.units();
        double[][] betas = fit.rawBetas();
        double[][] effect = new double[q][units];
        double[] f = new double[units];
        double[] pv = new double[units];
        double[] z = new double[units];
        double[] e = new double[q];
        for (int u = 0; u < units; u++) {
            for (int r = 0; r < q; r++) {
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += matrix[r][j] * betas[j][u];
                }
                e[r] = s;
                effect[r][u] = s;
            }
            DMatrixRMaj inverse = inverses.get(fit.model(u));
            double form = 0;
            for (int r = 0; r < q; r++) {
                for (int k = 0; k < q; k++) {
                    form += e[r] * inverse.get(r, k) * e[k];
                }
            }
            f[u] = form / (q * fit.variance(u));
            pv[u] = FisherF.sf(f[u], q, fit.dof());
            z[u] = Normal.zScore(pv[u], FisherF.cdf(f[u], q, fit.dof()));
        }
        double[][] rows = new double[q][];
        for (int r = 0; r < q; r++) {
            rows[r] = matrix[r].clone();
        }
        return new FContrast(rows, effect, f, pv, z, q, fit.dof());
    }

    /** {@code wᵀ M w}. */
    static double quadratic(double[][] m, double[] w) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                s += w[i] * m[i][j] * w[j];
            }
        }
        return s;
    }

    private static boolean allFinite(DMatrixRMaj m) {
        for (double v : m.data) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
