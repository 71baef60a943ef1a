package org.neurobeam.connectome.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Structural properties of every kind, planted-truth recovery, and rejection of NaN / constant regions. */
class ConnectivityPropertiesTest {

    private static final double[][] SIGNALS = FmriReference.signals();
    private static final List<ConnectivityKind> SINGLE = List.of(ConnectivityKind.COVARIANCE,
            ConnectivityKind.CORRELATION, ConnectivityKind.PARTIAL_CORRELATION, ConnectivityKind.PRECISION);

    private static ConnectivityMeasure measure(ConnectivityKind kind, CovarianceEstimator estimator) {
        return new ConnectivityMeasure(ConnectivityConfig.of(kind).withEstimator(estimator));
    }

    /** Draws n samples of N(offsets, sigma) from a seeded generator through the Cholesky factor. */
    private static double[][] sample(double[][] sigma, double[] offsets, int n, long seed) {
        int p = sigma.length;
        double[][] lower = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = sigma[i][j];
                for (int k = 0; k < j; k++) {
                    s -= lower[i][k] * lower[j][k];
                }
                lower[i][j] = i == j ? Math.sqrt(s) : s / lower[j][j];
            }
        }
        Random random = new Random(seed);
        double[][] x = new double[n][p];
        double[] z = new double[p];
        for (double[] row : x) {
            for (int k = 0; k < p; k++) {
                z[k] = random.nextGaussian();
            }
            for (int i = 0; i < p; i++) {
                row[i] = offsets[i];
                for (int k = 0; k <= i; k++) {
                    row[i] += lower[i][k] * z[k];
                }
            }
        }
        return x;
    }

    @Test
    void everyKindIsSymmetricWithTheRightDiagonalAndDefiniteness() {
        for (CovarianceEstimator estimator : CovarianceEstimator.values()) {
            for (ConnectivityKind kind : SINGLE) {
                double[][] m = measure(kind, estimator).compute(SIGNALS).matrix();
                String what = kind.label() + "/" + estimator.label();
                for (int i = 0; i < m.length; i++) {
                    for (int j = 0; j < m.length; j++) {
                        assertEquals(m[i][j], m[j][i], 0.0, what + " symmetric");
                        if (kind.isCorrelation()) {
                            assertTrue(i == j ? m[i][j] == 1.0 : Math.abs(m[i][j]) < 1, what + " entry " + i + "," + j);
                        }
                    }
                }
                if (kind != ConnectivityKind.PARTIAL_CORRELATION) {
                    double min = SymmetricMatrices.eigen(new DMatrixRMaj(m)).min();
                    assertTrue(min > 0, what + " positive definite, smallest eigenvalue " + min);
                }
            }
        }
    }

    @Test
    void plantedCorrelationAndPartialCorrelationAreRecovered() {
        double[] sd = {2, 1, 3};
        double[][] rho = {{1, 0.6, -0.3}, {0.6, 1, 0.2}, {-0.3, 0.2, 1}};
        double[][] sigma = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                sigma[i][j] = rho[i][j] * sd[i] * sd[j];
            }
        }
        double[][] x = sample(sigma, new double[] {100, -5, 0.5}, 20_000, 42);
        double[][] planted = SymmetricMatrices.toArray(CorrelationMatrices.partialFromPrecision(
                SymmetricMatrices.inverseSpd(new DMatrixRMaj(sigma), "sigma")));
        // the standard error of r is (1 - r²)/√n ≤ 0.0071 here: 0.02 is about 3 standard errors
        double tolerance = 0.02;
        for (CovarianceEstimator estimator : CovarianceEstimator.values()) {
            Connectome r = measure(ConnectivityKind.CORRELATION, estimator).compute(x);
            Connectome pr = measure(ConnectivityKind.PARTIAL_CORRELATION, estimator).compute(x);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals(rho[i][j], r.value(i, j), tolerance, "correlation " + estimator.label());
                    assertEquals(planted[i][j], pr.value(i, j), tolerance, "partial " + estimator.label());
                }
            }
        }
        assertTrue(CovarianceEstimator.LEDOIT_WOLF.estimate(x).shrinkage().getAsDouble() < 0.01);
    }

    @Test
    void chainGraphPartialCorrelationFindsTheEdges() {
        int p = 10;
        double[][] precision = new double[p][p];
        for (int i = 0; i < p; i++) {
            precision[i][i] = 1;
            if (i + 1 < p) {
                precision[i][i + 1] = -0.4;
                precision[i + 1][i] = -0.4;
            }
        }
        double[][] sigma = SymmetricMatrices.toArray(SymmetricMatrices.inverseSpd(new DMatrixRMaj(precision), "p"));
        double[][] x = sample(sigma, new double[p], 5000, 11);
        Connectome partial = measure(ConnectivityKind.PARTIAL_CORRELATION, CovarianceEstimator.LEDOIT_WOLF).compute(x);
        Connectome correlation = measure(ConnectivityKind.CORRELATION, CovarianceEstimator.LEDOIT_WOLF).compute(x);
        assertTrue(partial.shrinkage().getAsDouble() < 0.01, "shrinkage " + partial.shrinkage());
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                if (j == i + 1) {
                    assertTrue(partial.value(i, j) >= 0.25, "edge " + i + "," + j + ": " + partial.value(i, j));
                } else {
                    assertTrue(Math.abs(partial.value(i, j)) <= 0.05, "non-edge " + i + "," + j);
                }
            }
        }
        assertTrue(correlation.value(0, 2) > 0.1, "correlation reaches beyond neighbours: " + correlation.value(0, 2));
    }

    @Test
    void nonFiniteOrConstantRegionIsRejectedByIndex() {
        double[][] nan = copy(SIGNALS);
        nan[17][4] = Double.NaN;
        double[][] constant = copy(SIGNALS);
        for (double[] row : constant) {
            row[9] = 3.0;
        }
        for (ConnectivityKind kind : SINGLE) {
            for (CovarianceEstimator estimator : CovarianceEstimator.values()) {
                IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                        () -> measure(kind, estimator).compute(nan));
                assertTrue(a.getMessage().contains("region 4 ") && a.getMessage().contains("time point 17"),
                        a.getMessage());
                IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
                        () -> measure(kind, estimator).compute(constant));
                assertTrue(b.getMessage().contains("region 9 is constant"), b.getMessage());
            }
        }
        IllegalArgumentException group = assertThrows(IllegalArgumentException.class,
                () -> measure(ConnectivityKind.TANGENT, CovarianceEstimator.LEDOIT_WOLF)
                        .computeGroup(List.of(SIGNALS, nan)));
        assertTrue(group.getMessage().startsWith("recording 1: ") && group.getMessage().contains("region 4 "),
                group.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegionSignals.validate(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> RegionSignals.validate(new double[][] {{1, 2}, {3}}));
        double[][] infinite = copy(SIGNALS);
        infinite[0][30] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> CovarianceEstimator.EMPIRICAL.estimate(infinite));
    }

    @Test
    void groupMeanIsTheArithmeticMeanForNonTangentKinds() {
        List<double[][]> recordings = new ArrayList<>();
        recordings.add(Arrays.copyOfRange(SIGNALS, 0, 120));
        recordings.add(Arrays.copyOfRange(SIGNALS, 120, 250));
        GroupConnectivity group = measure(ConnectivityKind.CORRELATION, CovarianceEstimator.LEDOIT_WOLF)
                .computeGroup(recordings);
        double[][] mean = group.mean();
        for (int i = 0; i < mean.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                double expected = (group.connectomes().get(0).value(i, j) + group.connectomes().get(1).value(i, j)) / 2;
                assertEquals(expected, mean[i][j], 1e-15);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> measure(ConnectivityKind.CORRELATION,
                CovarianceEstimator.LEDOIT_WOLF).computeGroup(List.of(SIGNALS, new double[][] {{1, 2}, {2, 1}})));
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }
}
