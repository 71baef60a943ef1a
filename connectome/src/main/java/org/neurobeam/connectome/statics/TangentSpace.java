package org.neurobeam.connectome.statics;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.neurobeam.ingest.Checks;

/**
 * The tangent space of the SPD manifold at a group's geometric mean G (Varoquaux et al. 2010, MICCAI,
 * "Detection of brain functional-connectivity difference in post-stroke patients using group-level
 * covariance modeling"). A covariance Σ maps to logm(W Σ W) with the whitening W = G^{−1/2}; the mean
 * itself maps to 0. All matrix functions go through the symmetric eigendecomposition.
 */
public final class TangentSpace {

    private final GeometricMeanResult reference;
    private final DMatrixRMaj whitening;
    private final DMatrixRMaj root;

    private TangentSpace(GeometricMeanResult reference) {
        this.reference = reference;
        SymmetricMatrices.Eigen eigen = SymmetricMatrices.eigen(reference.matrix());
        SymmetricMatrices.requirePositiveDefinite(eigen, "geometric mean");
        this.whitening = eigen.map(v -> 1.0 / Math.sqrt(v));
        this.root = eigen.map(Math::sqrt);
    }

    /** Fits the tangent space at the geometric mean of {@code covariances} (each p × p, SPD). */
    public static TangentSpace fit(List<double[][]> covariances, GeometricMeanConfig config) {
        return new TangentSpace(GeometricMean.of(covariances, config));
    }

    static TangentSpace fitMatrices(List<DMatrixRMaj> covariances, GeometricMeanConfig config) {
        return new TangentSpace(GeometricMean.ofMatrices(covariances, config));
    }

    /** The geometric mean and how it converged. */
    public GeometricMeanResult reference() {
        return reference;
    }

    /** W = G^{−1/2} (a copy). */
    public double[][] whitening() {
        return SymmetricMatrices.toArray(whitening);
    }

    /** logm(W Σ W) for a p × p SPD {@code covariance}. */
    public double[][] transform(double[][] covariance) {
        DMatrixRMaj c = SymmetricMatrices.of(covariance, "covariance");
        checkSize(c.numRows, "covariance");
        SymmetricMatrices.requireSymmetric(c, "covariance");
        return SymmetricMatrices.toArray(transform(c));
    }

    DMatrixRMaj transform(DMatrixRMaj covariance) {
        return SymmetricMatrices.mapPositive(SymmetricMatrices.sandwich(whitening, covariance), Math::log,
                "whitened covariance");
    }

    /** G^{1/2} expm(T) G^{1/2}: the covariance whose tangent vector is {@code tangent}. */
    public double[][] inverseTransform(double[][] tangent) {
        DMatrixRMaj t = SymmetricMatrices.of(tangent, "tangent");
        checkSize(t.numRows, "tangent");
        SymmetricMatrices.requireSymmetric(t, "tangent");
        return SymmetricMatrices.toArray(SymmetricMatrices.sandwich(root, SymmetricMatrices.eigen(t).map(Math::exp)));
    }

    private void checkSize(int p, String option) {
        Checks.argument(p == whitening.numRows, option, "is %d x %d, the tangent space is %d x %d", p, p,
                whitening.numRows, whitening.numRows);
    }
}
