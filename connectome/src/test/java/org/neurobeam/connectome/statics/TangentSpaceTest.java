package org.neurobeam.connectome.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/**
 * Geometric mean and tangent space (Varoquaux et al. 2010): closed forms for commuting matrices, zero
 * tangent at the mean, round trip, and tangent_fixture.json from our numpy replica (tangent_fixture.py).
 */
class TangentSpaceTest {

    private static double[][] diagonal(double... values) {
        double[][] m = new double[values.length][values.length];
        for (int i = 0; i < values.length; i++) {
            m[i][i] = values[i];
        }
        return m;
    }

    private static double maxAbs(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
    }

    private static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = SharedData.numbers(node.get(i));
        }
        return m;
    }

    @Test
    void commutingMatricesHaveTheLogEuclideanMean() {
        double[][] a = {{1, 4, 0.5}, {2, 0.25, 3}, {8, 1, 9}};
        List<double[][]> group = List.of(diagonal(a[0]), diagonal(a[1]), diagonal(a[2]));
        TangentSpace space = TangentSpace.fit(group, GeometricMeanConfig.DEFAULT);
        double[] logMean = new double[3];
        for (int i = 0; i < 3; i++) {
            logMean[i] = (Math.log(a[0][i]) + Math.log(a[1][i]) + Math.log(a[2][i])) / 3;
        }
        double[][] expected = diagonal(Arrays.stream(logMean).map(Math::exp).toArray());
        FmriReference.assertMatrixClose(expected, space.reference().mean(), 1e-10, "diagonal geometric mean");
        assertTrue(space.reference().converged());
        for (int k = 0; k < 3; k++) {
            double[][] t = space.transform(group.get(k));
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double want = i == j ? Math.log(a[k][i]) - logMean[i] : 0;
                    assertEquals(want, t[i][j], 1e-10, "tangent " + k + " (" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test
    void identicalSubjectsAndTheMeanItselfHaveZeroTangent() {
        double[][] c = {{2, 0.5, 0.1}, {0.5, 1, -0.3}, {0.1, -0.3, 1.5}};
        TangentSpace same = TangentSpace.fit(List.of(c, c, c), GeometricMeanConfig.DEFAULT);
        FmriReference.assertMatrixClose(c, same.reference().mean(), 1e-12, "mean of identical matrices");
        assertTrue(maxAbs(same.transform(c)) < 1e-12);

        List<double[][]> fixture = fixtureMatrices();
        TangentSpace space = TangentSpace.fit(fixture, GeometricMeanConfig.DEFAULT);
        assertTrue(maxAbs(space.transform(space.reference().mean())) < 1e-12, "tangent of the mean");
    }

    @Test
    void inverseTransformUndoesTransform() {
        List<double[][]> group = fixtureMatrices();
        TangentSpace space = TangentSpace.fit(group, GeometricMeanConfig.DEFAULT);
        for (double[][] c : group) {
            FmriReference.assertMatrixClose(c, space.inverseTransform(space.transform(c)), 1e-10, "round trip");
        }
    }

    @Test
    void matchesTheNumpyReplicaOfNilearn() {
        JsonNode fixture = fixture();
        TangentSpace space = TangentSpace.fit(fixtureMatrices(), GeometricMeanConfig.DEFAULT);
        assertEquals(fixture.get("iterations").asInt(), space.reference().iterations());
        FmriReference.assertMatrixClose(matrix(fixture.get("geometric_mean")), space.reference().mean(), 1e-10,
                "geometric mean vs numpy replica");
        FmriReference.assertMatrixClose(matrix(fixture.get("whitening")), space.whitening(), 1e-10,
                "whitening vs numpy replica");
        for (int k = 0; k < 3; k++) {
            double[][] expected = matrix(fixture.get("tangents").get(k));
            double[][] actual = space.transform(fixtureMatrices().get(k));
            double worst = 0;
            for (int i = 0; i < expected.length; i++) {
                for (int j = 0; j < expected.length; j++) {
                    worst = Math.max(worst, Math.abs(expected[i][j] - actual[i][j]));
                }
            }
            System.out.printf(java.util.Locale.ROOT, "tangent %d vs numpy replica: max|diff| %.3e%n", k, worst);
            assertTrue(worst < 1e-10, "tangent " + k + " max |diff| " + worst);
        }
    }

    @Test
    void groupTangentOfRealSignals() {
        double[][] signals = FmriReference.signals();
        List<double[][]> recordings = new ArrayList<>();
        int[] starts = {0, 70, 150};
        for (int s = 0; s < 3; s++) {
            recordings.add(Arrays.copyOfRange(signals, starts[s], starts[s] + 70 + 10 * s));
        }
        ConnectivityMeasure measure = new ConnectivityMeasure(ConnectivityConfig.of(ConnectivityKind.TANGENT));
        GroupConnectivity group = measure.computeGroup(recordings);
        List<double[][]> covariances = new ArrayList<>();
        for (double[][] r : recordings) {
            covariances.add(CovarianceEstimator.LEDOIT_WOLF.estimate(r).covariance());
        }
        TangentSpace space = TangentSpace.fit(covariances, GeometricMeanConfig.DEFAULT);
        FmriReference.assertMatrixClose(space.reference().mean(), group.mean(), 1e-12, "group mean = geometric mean");
        int p = signals[0].length;
        double[][] sum = new double[p][p];
        for (int s = 0; s < 3; s++) {
            Connectome c = group.connectomes().get(s);
            assertEquals(ConnectivityKind.TANGENT, c.kind());
            assertTrue(c.shrinkage().isPresent());
            double[][] t = c.matrix();
            FmriReference.assertMatrixClose(space.transform(covariances.get(s)), t, 1e-12, "tangent " + s);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    assertEquals(t[i][j], t[j][i], 0.0);
                    sum[i][j] += t[i][j] / 3;
                }
            }
        }
        assertTrue(space.reference().converged());
        assertTrue(maxAbs(sum) < 1e-7 * p * p, "tangent vectors average to ~0 at the geometric mean");
    }

    @Test
    void groupTangentMatchesScikitLearnLedoitWolfAndTheNumpyReplica() {
        JsonNode expected = fixture().get("fmri_group");
        double[][] signals = FmriReference.signals();
        int[] regions = toIndices(expected.get("regions"));
        List<double[][]> recordings = new ArrayList<>();
        for (JsonNode rows : expected.get("rows")) {
            double[][] segment = Arrays.copyOfRange(signals, rows.get(0).asInt(), rows.get(1).asInt());
            recordings.add(Arrays.stream(segment).map(r -> Arrays.stream(regions).mapToDouble(i -> r[i]).toArray())
                    .toArray(double[][]::new));
        }
        GroupConnectivity group = new ConnectivityMeasure(ConnectivityConfig.of(ConnectivityKind.TANGENT))
                .computeGroup(recordings);
        FmriReference.assertMatrixClose(matrix(expected.get("geometric_mean")), group.mean(), 1e-10,
                "fmri group geometric mean vs sklearn+numpy");
        for (int s = 0; s < recordings.size(); s++) {
            Connectome c = group.connectomes().get(s);
            FmriReference.assertScalarClose(expected.get("shrinkages").get(s).asDouble(),
                    c.shrinkage().getAsDouble(), 1e-10, "fmri group shrinkage " + s);
            double[][] want = matrix(expected.get("tangents").get(s));
            double worst = 0;
            for (int i = 0; i < want.length; i++) {
                for (int j = 0; j < want.length; j++) {
                    worst = Math.max(worst, Math.abs(want[i][j] - c.value(i, j)));
                }
            }
            System.out.printf(java.util.Locale.ROOT, "fmri group tangent %d vs sklearn+numpy: max|diff| %.3e%n", s,
                    worst);
            assertTrue(worst < 1e-10, "tangent " + s + " max |diff| " + worst);
        }
    }

    private static int[] toIndices(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    @Test
    void tangentNeedsAGroup() {
        ConnectivityMeasure measure = new ConnectivityMeasure(ConnectivityConfig.of(ConnectivityKind.TANGENT));
        double[][] signals = FmriReference.signals();
        assertThrows(IllegalArgumentException.class, () -> measure.compute(signals));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> measure.computeGroup(java.util.Collections.singletonList(signals)));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TangentSpace.fit(List.of(diagonal(1, -1), diagonal(1, 1)), GeometricMeanConfig.DEFAULT));
    }

    private static JsonNode fixture() {
        try (InputStream in = TangentSpaceTest.class.getResourceAsStream("tangent_fixture.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<double[][]> fixtureMatrices() {
        List<double[][]> out = new ArrayList<>();
        for (JsonNode m : fixture().get("matrices")) {
            out.add(matrix(m));
        }
        return out;
    }
}
