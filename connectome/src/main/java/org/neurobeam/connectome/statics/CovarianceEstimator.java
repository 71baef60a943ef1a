package org.neurobeam.connectome.statics;

import java.util.Locale;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * How a recording's covariance is estimated from region signals [time][region]. Both centre each region
 * on its mean first (scikit-learn's {@code assume_centered=False}); {@link #label()} is the value of the
 * tables' {@code estimator} column.
 */
public enum CovarianceEstimator {

    /** Maximum-likelihood covariance S = XᵀX/n of the centred signals (scikit-learn {@code EmpiricalCovariance}). */
    EMPIRICAL,

    /**
     * Ledoit–Wolf shrinkage toward a scaled identity, (1 − δ) S + δ μ I with μ = tr(S)/p and δ from
     * Ledoit &amp; Wolf (2004) as scikit-learn's {@code LedoitWolf} computes it; positive definite even for
     * fewer time points than regions. nilearn's default estimator.
     */
    LEDOIT_WOLF;

    /** The command-line and table label: {@code empirical}, {@code ledoit-wolf}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a label case-insensitively; fails listing the known labels. */
    public static CovarianceEstimator fromLabel(String label) {
        for (CovarianceEstimator e : values()) {
            if (e.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return e;
            }
        }
        throw new IllegalArgumentException("estimator: expected one of empirical, ledoit-wolf, got '" + label + "'");
    }

    /** Estimates the covariance of {@code signals} [time][region], validated first (see {@link RegionSignals}). */
    public CovarianceEstimate estimate(double[][] signals) {
        RegionSignals.validate(signals);
        DMatrixRMaj x = RegionSignals.centred(signals);
        int p = x.numCols;
        DMatrixRMaj s = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(x, x, s);
        CommonOps_DDRM.divide(s, x.numRows);
        SymmetricMatrices.symmetrise(s);
        if (this == EMPIRICAL) {
            return new CovarianceEstimate(this, s, OptionalDouble.empty());
        }
        double shrinkage = LedoitWolfShrinkage.of(x, s);
        double mu = CommonOps_DDRM.trace(s) / p;
        CommonOps_DDRM.scale(1 - shrinkage, s);
        for (int i = 0; i < p; i++) {
            s.unsafe_set(i, i, s.unsafe_get(i, i) + shrinkage * mu);
        }
        return new CovarianceEstimate(this, s, OptionalDouble.of(shrinkage));
    }
}
