package org.neurobeam.connectome.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/** The two estimators against scikit-learn's EmpiricalCovariance and LedoitWolf (fmri_timeseries.ref.json). */
class CovarianceEstimatorTest {

    private static final double[][] SIGNALS = FmriReference.signals();

    @Test
    void empiricalMatchesScikitLearn() {
        CovarianceEstimate e = CovarianceEstimator.EMPIRICAL.estimate(SIGNALS);
        assertFalse(e.shrinkage().isPresent());
        FmriReference.assertMatrixClose(FmriReference.matrix("empirical_covariance", "covariance"), e.covariance(),
                FmriReference.RELATIVE, "empirical covariance");
    }

    @Test
    void ledoitWolfOnRawSignalsMatchesScikitLearn() {
        CovarianceEstimate e = CovarianceEstimator.LEDOIT_WOLF.estimate(SIGNALS);
        FmriReference.assertScalarClose(FmriReference.number("ledoit_wolf", "shrinkage"),
                e.shrinkage().getAsDouble(), FmriReference.RELATIVE, "LW shrinkage (raw)");
        FmriReference.assertMatrixClose(FmriReference.matrix("ledoit_wolf", "covariance"), e.covariance(),
                FmriReference.RELATIVE, "LW covariance (raw)");
    }

    @Test
    void ledoitWolfOnZscoredSignalsMatchesScikitLearn() {
        CovarianceEstimate e = CovarianceEstimator.LEDOIT_WOLF.estimate(RegionSignals.zscored(SIGNALS));
        FmriReference.assertScalarClose(FmriReference.number("ledoit_wolf_on_zscored", "shrinkage"),
                e.shrinkage().getAsDouble(), FmriReference.RELATIVE, "LW shrinkage (z-scored)");
        FmriReference.assertMatrixClose(FmriReference.matrix("ledoit_wolf_on_zscored", "covariance"),
                e.covariance(), FmriReference.RELATIVE, "LW covariance (z-scored)");
    }

    @Test
    void zscoreMatchesScipyDdof0Rows() {
        double[][] z = RegionSignals.zscored(SIGNALS);
        double[][] expected = {SharedData.numbers(FmriReference.node("zscore", "ddof0", "first_row")),
                SharedData.numbers(FmriReference.node("zscore", "ddof0", "last_row"))};
        FmriReference.assertMatrixClose(expected, new double[][] {z[0], z[z.length - 1]}, 1e-12,
                "z-score (ddof 0) first and last rows");
    }

    @Test
    void ledoitWolfStaysPositiveDefiniteWithFewerTimePointsThanRegions() {
        Random random = new Random(7);
        double[][] x = new double[10][30];
        for (double[] row : x) {
            for (int r = 0; r < row.length; r++) {
                row[r] = random.nextGaussian();
            }
        }
        CovarianceEstimate lw = CovarianceEstimator.LEDOIT_WOLF.estimate(x);
        double shrinkage = lw.shrinkage().getAsDouble();
        assertTrue(shrinkage > 0 && shrinkage <= 1, "shrinkage " + shrinkage);
        assertTrue(SymmetricMatrices.eigen(new org.ejml.data.DMatrixRMaj(lw.covariance())).min() > 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConnectivityMeasure(ConnectivityConfig.of(ConnectivityKind.PRECISION)
                        .withEstimator(CovarianceEstimator.EMPIRICAL)).compute(x));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
    }

    @Test
    void singleRegionIsNotShrunk() {
        double[][] x = {{1}, {2}, {4}};
        assertEquals(0.0, CovarianceEstimator.LEDOIT_WOLF.estimate(x).shrinkage().getAsDouble());
        assertEquals(14.0 / 9, CovarianceEstimator.LEDOIT_WOLF.estimate(x).covariance()[0][0], 1e-15);
    }

    @Test
    void labels() {
        assertEquals("empirical", CovarianceEstimator.EMPIRICAL.label());
        assertEquals("ledoit-wolf", CovarianceEstimator.LEDOIT_WOLF.label());
        assertEquals(CovarianceEstimator.LEDOIT_WOLF, CovarianceEstimator.fromLabel("ledoit-wolf"));
        assertThrows(IllegalArgumentException.class, () -> CovarianceEstimator.fromLabel("oas"));
    }
}
