package org.neurobeam.connectome.glm;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * nilearn's {@code orthogonalize}: every column minus its least-squares projection on the columns before
 * it (pseudo-inverse, so a dependent column becomes 0 instead of failing); columns are not rescaled.
 * Used for HRF derivative regressors and polynomial drifts.
 */
final class Orthogonalization {

    private Orthogonalization() {
    }

    /** Orthogonalises the {@code [row][column]} matrix in place. */
    static void inPlace(double[][] x) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        for (int i = 1; i < p; i++) {
            DMatrixRMaj previous = new DMatrixRMaj(n, i);
            DMatrixRMaj column = new DMatrixRMaj(n, 1);
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < i; c++) {
                    previous.set(r, c, x[r][c]);
                }
                column.set(r, 0, x[r][i]);
            }
            LinearSolverDense<DMatrixRMaj> pinv = LinearSolverFactory_DDRM.pseudoInverse(true);
            pinv.setA(previous);
            DMatrixRMaj coef = new DMatrixRMaj(i, 1);
            pinv.solve(column, coef);
            DMatrixRMaj fitted = new DMatrixRMaj(n, 1);
            CommonOps_DDRM.mult(previous, coef, fitted);
            for (int r = 0; r < n; r++) {
                x[r][i] -= fitted.get(r, 0);
            }
        }
    }
}
