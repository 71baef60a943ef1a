package org.neurobeam.connectome.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Every non-tangent kind with both estimators against fmri_timeseries.ref.json (numpy.corrcoef,
 * scikit-learn EmpiricalCovariance / LedoitWolf, and the nilearn recipe on top), relative 1e-10.
 */
class ConnectivityMeasureReferenceTest {

    private static final double[][] SIGNALS = FmriReference.signals();

    private static Connectome compute(ConnectivityKind kind, CovarianceEstimator estimator) {
        return new ConnectivityMeasure(ConnectivityConfig.of(kind).withEstimator(estimator)).compute(SIGNALS);
    }

    @Test
    void empiricalCorrelationIsPearson() {
        Connectome c = compute(ConnectivityKind.CORRELATION, CovarianceEstimator.EMPIRICAL);
        assertFalse(c.shrinkage().isPresent());
        FmriReference.assertMatrixClose(FmriReference.matrix("pearson_correlation", "matrix"), c.matrix(),
                FmriReference.RELATIVE, "correlation / empirical vs numpy.corrcoef");
    }

    @Test
    void empiricalCovariancePrecisionAndPartialCorrelation() {
        FmriReference.assertMatrixClose(FmriReference.matrix("empirical_covariance", "covariance"),
                compute(ConnectivityKind.COVARIANCE, CovarianceEstimator.EMPIRICAL).matrix(),
                FmriReference.RELATIVE, "covariance / empirical");
        FmriReference.assertMatrixClose(FmriReference.matrix("empirical_covariance", "precision"),
                compute(ConnectivityKind.PRECISION, CovarianceEstimator.EMPIRICAL).matrix(),
                FmriReference.RELATIVE, "precision / empirical");
        FmriReference.assertMatrixClose(FmriReference.matrix("partial_correlation_empirical", "matrix"),
                compute(ConnectivityKind.PARTIAL_CORRELATION, CovarianceEstimator.EMPIRICAL).matrix(),
                FmriReference.RELATIVE, "partial_correlation / empirical");
    }

    @Test
    void ledoitWolfCovariancePrecisionAndPartialCorrelationUseRawSignals() {
        double shrinkage = FmriReference.number("ledoit_wolf", "shrinkage");
        Connectome covariance = compute(ConnectivityKind.COVARIANCE, CovarianceEstimator.LEDOIT_WOLF);
        FmriReference.assertMatrixClose(FmriReference.matrix("ledoit_wolf", "covariance"), covariance.matrix(),
                FmriReference.RELATIVE, "covariance / ledoit_wolf");
        Connectome precision = compute(ConnectivityKind.PRECISION, CovarianceEstimator.LEDOIT_WOLF);
        FmriReference.assertMatrixClose(FmriReference.matrix("ledoit_wolf", "precision"), precision.matrix(),
                FmriReference.RELATIVE, "precision / ledoit_wolf");
        Connectome partial = compute(ConnectivityKind.PARTIAL_CORRELATION, CovarianceEstimator.LEDOIT_WOLF);
        FmriReference.assertMatrixClose(FmriReference.matrix("ledoit_wolf", "partial_correlation"),
                partial.matrix(), FmriReference.RELATIVE, "partial_correlation / ledoit_wolf");
        for (Connectome c : new Connectome[] {covariance, precision, partial}) {
            assertEquals(shrinkage, c.shrinkage().getAsDouble(), 1e-10 * shrinkage, c.toString());
        }
    }

    @Test
    void ledoitWolfCorrelationShrinksTheZscoredSignals() {
        Connectome c = compute(ConnectivityKind.CORRELATION, CovarianceEstimator.LEDOIT_WOLF);
        FmriReference.assertScalarClose(FmriReference.number("ledoit_wolf_on_zscored", "shrinkage"),
                c.shrinkage().getAsDouble(), FmriReference.RELATIVE, "correlation / ledoit_wolf shrinkage");
        FmriReference.assertMatrixClose(FmriReference.matrix("ledoit_wolf_on_zscored", "correlation_from_covariance"),
                c.matrix(), FmriReference.RELATIVE, "correlation / ledoit_wolf (nilearn)");
    }

    @Test
    void ledoitWolfIsTheDefaultEstimator() {
        Connectome c = new ConnectivityMeasure(ConnectivityConfig.DEFAULT).compute(SIGNALS);
        assertEquals(ConnectivityKind.COVARIANCE, c.kind());
        assertEquals(CovarianceEstimator.LEDOIT_WOLF, c.estimator());
        FmriReference.assertMatrixClose(FmriReference.matrix("ledoit_wolf", "covariance"), c.matrix(),
                FmriReference.RELATIVE, "default config");
    }
}
