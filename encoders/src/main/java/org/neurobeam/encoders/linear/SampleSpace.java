package org.neurobeam.encoders.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.neurobeam.ingest.Checks;

/**
 * The row space of a wide matrix X (n samples × p > n features) in sample coordinates: from the Gram matrix
 * XXᵀ = UΛUᵀ (eigenvalues below 1e-12 of the largest dropped), coordinates T = UΛ^½ (n × r) with TTᵀ = XXᵀ, and
 * the map back B ↦ Xᵀ U Λ^-½ B of coefficients fitted on T (the kernel trick for a linear kernel).
 */
final class SampleSpace {

    private static final double RELATIVE_CUTOFF = 1e-12;

    private final double[][] x;
    private final double[][] coordinates;
    /** U Λ^-½, n × r. */
    private final double[][] back;

    private SampleSpace(double[][] x, double[][] coordinates, double[][] back) {
        this.x = x;
        this.coordinates = coordinates;
        this.back = back;
    }

    static SampleSpace of(double[][] x) {
        int n = x.length;
        DMatrixRMaj rows = new DMatrixRMaj(x);
        DMatrixRMaj gram = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(rows, rows, gram);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        Checks.argument(eig.decompose(gram), "samples", "the Gram matrix has no eigendecomposition");
        double largest = java.util.stream.IntStream.range(0, n).mapToDouble(k -> eig.getEigenvalue(k).real).max()
                .orElse(0);
        int[] kept = java.util.stream.IntStream.range(0, n)
                .filter(k -> eig.getEigenvalue(k).real > RELATIVE_CUTOFF * largest).toArray();
        double[][] coordinates = new double[n][kept.length];
        double[][] back = new double[n][kept.length];
        for (int a = 0; a < kept.length; a++) {
            double lambda = eig.getEigenvalue(kept[a]).real;
            DMatrixRMaj u = eig.getEigenVector(kept[a]);
            for (int i = 0; i < n; i++) {
                coordinates[i][a] = u.data[i] * Math.sqrt(lambda);
                back[i][a] = u.data[i] / Math.sqrt(lambda);
            }
        }
        return new SampleSpace(x, coordinates, back);
    }

    /** Logistic regression fitted on the coordinates, its coefficients mapped back to the p features. */
    LogisticRegression fitAndMapBack(int[] labels, int classes, double c) {
        LogisticRegression reduced = LogisticRegression.fit(coordinates, labels, classes, c);
        int p = x[0].length;
        double[][] coefficients = new double[reduced.coefficients().length][p];
        for (int r = 0; r < coefficients.length; r++) {
            double[] beta = reduced.coefficients()[r];
            for (int i = 0; i < x.length; i++) {
                double weight = 0;
                for (int a = 0; a < beta.length; a++) {
                    weight += back[i][a] * beta[a];
                }
                for (int f = 0; f < p; f++) {
                    coefficients[r][f] += weight * x[i][f];
                }
            }
        }
        return new LogisticRegression(coefficients, reduced.intercepts());
    }
}
