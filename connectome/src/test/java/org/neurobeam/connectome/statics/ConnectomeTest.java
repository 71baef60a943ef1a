package org.neurobeam.connectome.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The result type, its long-format listing, and the label contracts of kinds and configuration. */
class ConnectomeTest {

    @Test
    void upperTriangleListsIUpToJWithTheDiagonal() {
        double[][] m = {{1, 0.2, 0.3}, {0.2, 1, 0.4}, {0.3, 0.4, 1}};
        Connectome c = new Connectome(ConnectivityKind.CORRELATION, CovarianceEstimator.LEDOIT_WOLF, m,
                OptionalDouble.of(0.1));
        assertEquals(List.of(new ConnectomeEntry(0, 0, 1), new ConnectomeEntry(0, 1, 0.2),
                new ConnectomeEntry(0, 2, 0.3), new ConnectomeEntry(1, 1, 1), new ConnectomeEntry(1, 2, 0.4),
                new ConnectomeEntry(2, 2, 1)), c.upperTriangle());
        assertEquals(3, c.regions());
        m[0][1] = 9;
        c.matrix()[0][2] = 9;
        assertEquals(0.2, c.value(0, 1));
        assertEquals(0.3, c.value(0, 2));
        int p = FmriReference.signals()[0].length;
        assertEquals(p * (p + 1) / 2, new ConnectivityMeasure(ConnectivityConfig.DEFAULT)
                .compute(FmriReference.signals()).upperTriangle().size());
    }

    @Test
    void rejectsNonSquareOrNonFiniteMatrices() {
        assertThrows(IllegalArgumentException.class, () -> new Connectome(ConnectivityKind.COVARIANCE,
                CovarianceEstimator.EMPIRICAL, new double[][] {{1, 2}}, OptionalDouble.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Connectome(ConnectivityKind.COVARIANCE,
                CovarianceEstimator.EMPIRICAL, new double[][] {{Double.NaN}}, OptionalDouble.empty()));
    }

    @Test
    void kindLabelsAreTheTableContract() {
        assertEquals(List.of("covariance", "correlation", "partial_correlation", "precision", "tangent"),
                Arrays.stream(ConnectivityKind.values()).map(ConnectivityKind::label).toList());
        for (ConnectivityKind k : ConnectivityKind.values()) {
            assertEquals(k, ConnectivityKind.fromLabel(k.label()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectivityKind.fromLabel("coherence"));
        assertEquals("kind: expected one of covariance, correlation, partial_correlation, precision, tangent, "
                + "got 'coherence'", e.getMessage());
    }

    @Test
    void configDefaultsFollowNilearnAndAreValidated() {
        assertEquals(ConnectivityKind.COVARIANCE, ConnectivityConfig.DEFAULT.kind());
        assertEquals(CovarianceEstimator.LEDOIT_WOLF, ConnectivityConfig.DEFAULT.estimator());
        assertEquals(new GeometricMeanConfig(30, 1e-7), ConnectivityConfig.DEFAULT.geometricMean());
        assertThrows(IllegalArgumentException.class, () -> new GeometricMeanConfig(0, 1e-7));
        assertThrows(IllegalArgumentException.class, () -> new GeometricMeanConfig(10, 0));
        assertThrows(IllegalArgumentException.class, () -> ConnectivityConfig.DEFAULT.withKind(null));
    }
}
