package org.neurobeam.connectome.statics;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.neurobeam.ingest.Checks;

/**
 * The Riemannian (affine-invariant) geometric mean of symmetric positive definite matrices,
 * argmin_G Σ_k ‖logm(G^{−1/2} M_k G^{−1/2})‖²_F, by the gradient descent of Fletcher &amp; Joshi 2007
 * (Algorithm 3) with the step schedule nilearn's {@code _geometric_mean} uses.
 *
 * <p>Start at the arithmetic mean with step 1. Each iteration forms L = mean_k logm(G^{−1/2} M_k G^{−1/2}),
 * moves G ← G^{1/2} expm(step·L) G^{1/2}, halves the step when ‖L‖_F exceeds the best norm so far (the
 * move is still taken), and stops once that norm / p² is below the tolerance. For commuting matrices
 * the result is expm(mean_k logm M_k).
 */
public final class GeometricMean {

    private GeometricMean() {
    }

    /** Computes the geometric mean of {@code matrices} (each p × p, symmetric positive definite). */
    public static GeometricMeanResult of(List<double[][]> matrices, GeometricMeanConfig config) {
        Checks.argument(matrices != null && !matrices.isEmpty(), "matrices", "expected at least one matrix");
        Checks.argument(config != null, "geometric-mean", "must be set");
        List<DMatrixRMaj> spd = new ArrayList<>(matrices.size());
        for (int k = 0; k < matrices.size(); k++) {
            String option = "matrices[" + k + "]";
            DMatrixRMaj m = SymmetricMatrices.of(matrices.get(k), option);
            Checks.argument(m.numRows == matrices.get(0).length, option, "is %d x %d, the first is %d x %d",
                    m.numRows, m.numRows, matrices.get(0).length, matrices.get(0).length);
            SymmetricMatrices.requireSymmetric(m, option);
            spd.add(m);
        }
        return ofMatrices(spd, config);
    }

    /** As {@link #of(List, GeometricMeanConfig)} for symmetric matrices of one size, checked positive definite here. */
    static GeometricMeanResult ofMatrices(List<DMatrixRMaj> spd, GeometricMeanConfig config) {
        for (int k = 0; k < spd.size(); k++) {
            SymmetricMatrices.requirePositiveDefinite(SymmetricMatrices.eigen(spd.get(k)), "matrices[" + k + "]");
        }
        int p = spd.get(0).numRows;
        double size = (double) p * p;
        DMatrixRMaj mean = new DMatrixRMaj(p, p);
        for (DMatrixRMaj m : spd) {
            CommonOps_DDRM.addEquals(mean, m);
        }
        CommonOps_DDRM.divide(mean, spd.size());
        double bestNorm = Double.POSITIVE_INFINITY;
        double norm = Double.POSITIVE_INFINITY;
        double step = 1.0;
        int iterations = 0;
        while (iterations < config.maxIterations()) {
            iterations++;
            SymmetricMatrices.Eigen eigen = SymmetricMatrices.eigen(mean);
            SymmetricMatrices.requirePositiveDefinite(eigen, "geometric mean");
            DMatrixRMaj inverseRoot = eigen.map(v -> 1.0 / Math.sqrt(v));
            DMatrixRMaj root = eigen.map(Math::sqrt);
            DMatrixRMaj gradient = new DMatrixRMaj(p, p);
            for (DMatrixRMaj m : spd) {
                CommonOps_DDRM.addEquals(gradient,
                        SymmetricMatrices.mapPositive(SymmetricMatrices.sandwich(inverseRoot, m), Math::log,
                                "whitened matrix"));
            }
            CommonOps_DDRM.divide(gradient, spd.size());
            norm = NormOps_DDRM.normF(gradient);
            double stepNow = step;
            mean = SymmetricMatrices.sandwich(root, SymmetricMatrices.eigen(gradient).map(v -> Math.exp(stepNow * v)));
            if (norm < bestNorm) {
                bestNorm = norm;
            } else if (norm > bestNorm) {
                step /= 2;
                norm = bestNorm;
            }
            if (norm / size < config.tolerance()) {
                break;
            }
        }
        return new GeometricMeanResult(mean, iterations, norm, norm / size < config.tolerance());
    }
}
