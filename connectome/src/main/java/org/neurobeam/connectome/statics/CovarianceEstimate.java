package org.neurobeam.connectome.statics;

import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/** A covariance matrix estimated from one recording, with the shrinkage applied when the estimator shrinks. */
public final class CovarianceEstimate {

    private final CovarianceEstimator estimator;
    private final DMatrixRMaj covariance;
    private final OptionalDouble shrinkage;

    CovarianceEstimate(CovarianceEstimator estimator, DMatrixRMaj covariance, OptionalDouble shrinkage) {
        this.estimator = estimator;
        this.covariance = covariance;
        this.shrinkage = shrinkage;
    }

    public CovarianceEstimator estimator() {
        return estimator;
    }

    /** The p × p covariance (a copy). */
    public double[][] covariance() {
        return SymmetricMatrices.toArray(covariance);
    }

    /** Ledoit–Wolf shrinkage in [0, 1]; empty for the empirical estimator. */
    public OptionalDouble shrinkage() {
        return shrinkage;
    }

    DMatrixRMaj matrix() {
        return covariance;
    }
}
