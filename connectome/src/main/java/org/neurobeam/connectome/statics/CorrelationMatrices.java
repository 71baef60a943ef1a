package org.neurobeam.connectome.statics;

import org.ejml.data.DMatrixRMaj;

/** Normalisations of covariance and precision matrices (nilearn's {@code cov_to_corr}, {@code prec_to_partial}). */
final class CorrelationMatrices {

    private CorrelationMatrices() {
    }

    /** C_ij / √(C_ii C_jj) times {@code sign} off the diagonal, exactly 1 on it; exactly symmetric. */
    private static DMatrixRMaj normalise(DMatrixRMaj c, double sign) {
        int p = c.numRows;
        double[] inverseRoot = new double[p];
        for (int i = 0; i < p; i++) {
            inverseRoot[i] = 1.0 / Math.sqrt(c.unsafe_get(i, i));
        }
        DMatrixRMaj out = new DMatrixRMaj(p, p);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                out.unsafe_set(i, j, i == j ? 1.0 : sign * c.unsafe_get(i, j) * (inverseRoot[i] * inverseRoot[j]));
            }
        }
        return out;
    }

    /** Correlation from a covariance: Σ_ij / √(Σ_ii Σ_jj), diagonal 1. */
    static DMatrixRMaj fromCovariance(DMatrixRMaj covariance) {
        return normalise(covariance, 1.0);
    }

    /** Partial correlation from a precision: −P_ij / √(P_ii P_jj), diagonal 1. */
    static DMatrixRMaj partialFromPrecision(DMatrixRMaj precision) {
        return normalise(precision, -1.0);
    }
}
