package org.neurobeam.connectome.statics;

import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.neurobeam.ingest.Checks;

/**
 * Dense symmetric-matrix helpers on EJML: conversions, matrix functions through the symmetric
 * eigendecomposition f(A) = V f(Λ) Vᵀ, and the SPD inverse through Cholesky.
 */
final class SymmetricMatrices {

    private SymmetricMatrices() {
    }

    static DMatrixRMaj of(double[][] square, String option) {
        Checks.argument(square != null && square.length >= 1, option, "expected a non-empty square matrix");
        for (int i = 0; i < square.length; i++) {
            Checks.argument(square[i] != null && square[i].length == square.length, option,
                    "expected a %d x %d matrix, row %d differs", square.length, square.length, i);
            for (int j = 0; j < square.length; j++) {
                Checks.argument(Double.isFinite(square[i][j]), option, "entry (%d, %d) is not finite: %s", i, j,
                        square[i][j]);
            }
        }
        return new DMatrixRMaj(square);
    }

    static double[][] toArray(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, a[i], 0, m.numCols);
        }
        return a;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Replaces {@code m} by (m + mᵀ)/2, removing rounding asymmetry. */
    static DMatrixRMaj symmetrise(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = i + 1; j < m.numCols; j++) {
                double v = 0.5 * (m.unsafe_get(i, j) + m.unsafe_get(j, i));
                m.unsafe_set(i, j, v);
                m.unsafe_set(j, i, v);
            }
        }
        return m;
    }

    /** Fails naming {@code option} unless {@code m} is symmetric within {@code 1e-7} of its largest entry. */
    static void requireSymmetric(DMatrixRMaj m, String option) {
        double scale = Math.max(CommonOps_DDRM.elementMaxAbs(m), Double.MIN_NORMAL);
        for (int i = 0; i < m.numRows; i++) {
            for (int j = i + 1; j < m.numCols; j++) {
                Checks.argument(Math.abs(m.unsafe_get(i, j) - m.unsafe_get(j, i)) <= 1e-7 * scale, option,
                        "not symmetric at (%d, %d)", i, j);
            }
        }
    }

    /** Symmetric eigendecomposition of {@code symmetric} (left untouched). */
    static Eigen eigen(DMatrixRMaj symmetric) {
        int n = symmetric.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(symmetrise(symmetric.copy()))) {
            throw new IllegalStateException("symmetric eigendecomposition did not converge");
        }
        double[] values = new double[n];
        DMatrixRMaj vectors = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k).real;
            DMatrixRMaj v = eig.getEigenVector(k);
            for (int i = 0; i < n; i++) {
                vectors.unsafe_set(i, k, v.get(i));
            }
        }
        return new Eigen(values, vectors);
    }

    /** Eigenvalues and eigenvectors (columns) of a symmetric matrix. */
    record Eigen(double[] values, DMatrixRMaj vectors) {

        /** V f(Λ) Vᵀ, symmetrised. */
        DMatrixRMaj map(DoubleUnaryOperator f) {
            int n = values.length;
            DMatrixRMaj scaled = vectors.copy();
            for (int k = 0; k < n; k++) {
                double fk = f.applyAsDouble(values[k]);
                for (int i = 0; i < n; i++) {
                    scaled.unsafe_set(i, k, scaled.unsafe_get(i, k) * fk);
                }
            }
            DMatrixRMaj out = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransB(scaled, vectors, out);
            return symmetrise(out);
        }

        double min() {
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
            }
            return min;
        }
    }

    /** Fails naming {@code option} unless every eigenvalue of {@code eigen} is strictly positive. */
    static void requirePositiveDefinite(Eigen eigen, String option) {
        Checks.argument(eigen.min() > 0, option, "not positive definite (smallest eigenvalue %s)", eigen.min());
    }

    /** f(A) for symmetric positive definite A, f applied to the eigenvalues. */
    static DMatrixRMaj mapPositive(DMatrixRMaj spd, DoubleUnaryOperator f, String option) {
        Eigen eigen = eigen(spd);
        requirePositiveDefinite(eigen, option);
        return eigen.map(f);
    }

    /** C D C for symmetric C, D; the result is symmetrised. */
    static DMatrixRMaj sandwich(DMatrixRMaj c, DMatrixRMaj d) {
        DMatrixRMaj cd = new DMatrixRMaj(c.numRows, d.numCols);
        CommonOps_DDRM.mult(c, d, cd);
        DMatrixRMaj out = new DMatrixRMaj(c.numRows, c.numCols);
        CommonOps_DDRM.mult(cd, c, out);
        return symmetrise(out);
    }

    /** Inverse of a symmetric positive definite matrix through Cholesky; fails naming {@code option} otherwise. */
    static DMatrixRMaj inverseSpd(DMatrixRMaj spd, String option) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(spd.numRows);
        Checks.argument(solver.setA(spd.copy()), option,
                "not positive definite, cannot invert (fewer time points than regions with the empirical estimator?)");
        DMatrixRMaj inverse = new DMatrixRMaj(spd.numRows, spd.numCols);
        solver.invert(inverse);
        return symmetrise(inverse);
    }
}
