package org.neurobeam.encoders.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.neurobeam.ingest.Checks;

/**
 * Ridge regression with an unpenalised intercept, minimising ||y − Xw − b||² + α||w||² as scikit-learn's
 * {@code Ridge(alpha)}: closed form on centred data by Cholesky, in the primal (p × p) or, when there are more
 * features than samples, the dual (n × n, w = Xᵀ(XXᵀ + αI)⁻¹y) form.
 */
public record RidgeRegression(double[] coefficients, double intercept) {

    public static RidgeRegression fit(double[][] x, double[] y, double alpha) {
        int n = x.length;
        Checks.argument(n >= 2 && y.length == n, "samples", "expected >= 2 rows and one target each, got %d and %d",
                n, y.length);
        Checks.positive(alpha, "alpha");
        int p = x[0].length;
        double[] xMean = new double[p];
        double yMean = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                xMean[j] += x[i][j] / n;
            }
            yMean += y[i] / n;
        }
        DMatrixRMaj centred = new DMatrixRMaj(n, p);
        DMatrixRMaj target = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                centred.unsafe_set(i, j, x[i][j] - xMean[j]);
            }
            target.data[i] = y[i] - yMean;
        }
        DMatrixRMaj w = new DMatrixRMaj(p, 1);
        if (p <= n) {
            DMatrixRMaj gram = new DMatrixRMaj(p, p);
            CommonOps_DDRM.multTransA(centred, centred, gram);
            DMatrixRMaj rhs = new DMatrixRMaj(p, 1);
            CommonOps_DDRM.multTransA(centred, target, rhs);
            solve(addDiagonal(gram, alpha), rhs, w);
        } else {
            DMatrixRMaj gram = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransB(centred, centred, gram);
            DMatrixRMaj dual = new DMatrixRMaj(n, 1);
            solve(addDiagonal(gram, alpha), target, dual);
            CommonOps_DDRM.multTransA(centred, dual, w);
        }
        double intercept = yMean;
        for (int j = 0; j < p; j++) {
            intercept -= xMean[j] * w.data[j];
        }
        return new RidgeRegression(w.data, intercept);
    }

    public double predict(double[] row) {
        double sum = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            sum += coefficients[j] * row[j];
        }
        return sum;
    }

    private static DMatrixRMaj addDiagonal(DMatrixRMaj matrix, double value) {
        for (int i = 0; i < matrix.numRows; i++) {
            matrix.add(i, i, value);
        }
        return matrix;
    }

    private static void solve(DMatrixRMaj spd, DMatrixRMaj rhs, DMatrixRMaj out) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(spd.numRows);
        Checks.argument(solver.setA(spd), "alpha", "the ridge system is not positive definite");
        solver.solve(rhs, out);
    }
}
