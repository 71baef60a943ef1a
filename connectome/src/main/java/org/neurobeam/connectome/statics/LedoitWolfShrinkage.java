package org.neurobeam.connectome.statics;

import org.ejml.data.DMatrixRMaj;

/**
 * The Ledoit–Wolf shrinkage intensity (Ledoit &amp; Wolf 2004, "A well-conditioned estimator for
 * large-dimensional covariance matrices", J. Multivariate Anal. 88:365), in the form scikit-learn's
 * {@code ledoit_wolf_shrinkage} evaluates it.
 *
 * <p>For centred X (n × p) with S = XᵀX/n and μ = tr(S)/p:
 * δ = ‖S − μI‖²_F / p, β̄ = (Σ_t ‖x_t‖⁴ / n − ‖S‖²_F) / (n p), β = min(β̄, δ), shrinkage = β/δ.
 * (Σ_t ‖x_t‖⁴ equals Σ_ij Σ_t x_ti² x_tj², the sum scikit-learn forms blockwise.)
 */
final class LedoitWolfShrinkage {

    private LedoitWolfShrinkage() {
    }

    /**
     * @param centred the centred signals, n × p
     * @param covariance S = XᵀX/n of those signals
     * @return the shrinkage in [0, 1]; 0 for a single region, for β = 0, and when S is already μI
     */
    static double of(DMatrixRMaj centred, DMatrixRMaj covariance) {
        int n = centred.numRows;
        int p = centred.numCols;
        if (p == 1) {
            return 0.0;
        }
        double fourthMoments = 0;
        for (int t = 0; t < n; t++) {
            double rowSquares = 0;
            for (int r = 0; r < p; r++) {
                double v = centred.unsafe_get(t, r);
                rowSquares += v * v;
            }
            fourthMoments += rowSquares * rowSquares;
        }
        double trace = 0;
        double frobeniusSquared = 0;
        for (int i = 0; i < p; i++) {
            trace += covariance.unsafe_get(i, i);
            for (int j = 0; j < p; j++) {
                double s = covariance.unsafe_get(i, j);
                frobeniusSquared += s * s;
            }
        }
        double mu = trace / p;
        double delta = (frobeniusSquared - 2 * mu * trace + p * mu * mu) / p;
        double beta = Math.min((fourthMoments / n - frobeniusSquared) / ((double) n * p), delta);
        return beta == 0 || delta == 0 ? 0.0 : beta / delta;
    }
}
