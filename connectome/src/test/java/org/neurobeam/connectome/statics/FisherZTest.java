package org.neurobeam.connectome.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Fisher z: artanh off the diagonal, 0 on it, |r| = 1 rejected, only correlation kinds. */
class FisherZTest {

    @Test
    void artanhOffTheDiagonalAndZeroOnIt() {
        assertEquals(0.5493061443340549, FisherZ.of(0.5), 1e-15);
        assertEquals(-FisherZ.of(0.3), FisherZ.of(-0.3), 0.0);
        double[][] z = FisherZ.of(new double[][] {{1, 0.5, -0.9}, {0.5, 1, 0}, {-0.9, 0, 1}});
        assertEquals(0.0, z[1][1]);
        assertEquals(0.5493061443340549, z[0][1], 1e-15);
        assertEquals(-1.4722194895832204, z[2][0], 1e-14);
        assertEquals(0.0, z[1][2]);
    }

    @Test
    void perfectCorrelationOffTheDiagonalIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FisherZ.of(new double[][] {{1, 1}, {1, 1}}));
        assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FisherZ.of(Double.NaN));
    }

    @Test
    void onlyCorrelationKinds() {
        Connectome covariance = new Connectome(ConnectivityKind.COVARIANCE, CovarianceEstimator.EMPIRICAL,
                new double[][] {{2, 0.5}, {0.5, 1}}, OptionalDouble.empty());
        assertThrows(IllegalArgumentException.class, () -> FisherZ.of(covariance));
        Connectome correlation = new ConnectivityMeasure(ConnectivityConfig.of(ConnectivityKind.CORRELATION))
                .compute(FmriReference.signals());
        double[][] z = FisherZ.of(correlation);
        assertEquals(0.0, z[3][3]);
        assertEquals(0.5 * Math.log((1 + correlation.value(3, 4)) / (1 - correlation.value(3, 4))), z[3][4], 1e-15);
    }
}
