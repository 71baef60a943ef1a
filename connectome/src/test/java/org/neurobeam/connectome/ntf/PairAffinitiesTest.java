package org.neurobeam.connectome.ntf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurobeam.connectome.dynamic.UpperTriangle;

/**
 * Notes T-A1 (same driver ≥ 5× independent, anti-phase ≈ 0), the per-trace stage against scipy/numpy, MI against
 * scikit-learn, masking of absent neurons, bad inputs.
 */
class PairAffinitiesTest {

    /**
     * Calcium-like traces: sparse events (probability 0.02 per sample) convolved with an exponential decay
     * (τ = 10 samples) plus white noise (σ = 0.05). Neurons 0 and 1 share a driver, 2 is its negative, 3 has its
     * own independent driver. The notes' thresholds (same ≥ 5× independent, anti ≈ 0) apply to the default
     * differential affinity; the alternatives only need same ≥ 2× independent (noise-only windows give them a
     * floor: clipped Pearson of independent 10-sample windows averages about 0.16, binned MI has a positive bias).
     */
    @Test
    void sharedDriverBeatsIndependentAndAntiPhase() {
        Random random = new Random(1);
        int time = 3000;
        double[][] traces = new double[time][4];
        double shared = 0;
        double own = 0;
        for (int t = 0; t < time; t++) {
            shared = 0.9 * shared + (random.nextDouble() < 0.02 ? 1 : 0);
            own = 0.9 * own + (random.nextDouble() < 0.02 ? 1 : 0);
            traces[t][0] = shared + 0.05 * random.nextGaussian();
            traces[t][1] = shared + 0.05 * random.nextGaussian();
            traces[t][2] = -shared + 0.05 * random.nextGaussian();
            traces[t][3] = own + 0.05 * random.nextGaussian();
        }
        for (AffinityKind kind : AffinityKind.values()) {
            double[] m = means(traces, kind);
            System.out.printf("T-A1 %s: same %.4f, independent %.4f, anti %.4f%n", kind, m[0], m[2], m[1]);
            double factor = kind == AffinityKind.DIFFERENTIAL ? 5 : 2;
            assertTrue(m[0] >= factor * m[2], kind + " same " + m[0] + " independent " + m[2]);
            if (kind == AffinityKind.DIFFERENTIAL) {
                assertTrue(m[1] <= 0.05 * m[0], kind + " anti " + m[1]);
            }
        }
    }

    /**
     * With Gaussian AR(1) drivers the differential affinity of independent unit-scaled traces is
     * E max(0, z_i z_j) = 1/π against at most 1 for a shared driver, so the notes' 5× cannot be reached; the
     * ratio is only checked to exceed 2.5.
     */
    @Test
    void gaussianDriversGiveAtMostPiTimesIndependent() {
        Random random = new Random(1);
        int time = 3000;
        double[][] traces = new double[time][4];
        double driver = 0;
        for (int t = 0; t < time; t++) {
            driver = 0.95 * driver + random.nextGaussian();
            traces[t][0] = driver + 0.3 * random.nextGaussian();
            traces[t][1] = driver + 0.3 * random.nextGaussian();
            traces[t][2] = -driver + 0.3 * random.nextGaussian();
            traces[t][3] = random.nextGaussian();
        }
        double[] m = means(traces, AffinityKind.DIFFERENTIAL);
        System.out.printf("T-A1 Gaussian drivers, DIFFERENTIAL: same %.4f, independent %.4f, anti %.4f%n", m[0], m[2],
                m[1]);
        assertTrue(m[0] >= 2.5 * m[2] && m[0] <= Math.PI * m[2] * 1.2);
        assertTrue(m[1] <= 0.05 * m[0]);
    }

    /** Mean affinity over windows of pairs (0, 1), (0, 2), (0, 3). */
    private static double[] means(double[][] traces, AffinityKind kind) {
        AffinityConfig config = AffinityConfig.differential().withKind(kind)
                .withWindowSamples(kind == AffinityKind.MUTUAL_INFORMATION ? 50 : 10);
        AffinityTensor x = PairAffinities.tensor(List.of(AnimalTraces.complete(traces)), config);
        return new double[] {mean(x, UpperTriangle.index(0, 1, 4)), mean(x, UpperTriangle.index(0, 2, 4)),
            mean(x, UpperTriangle.index(0, 3, 4))};
    }

    @Test
    void differentialStageMatchesScipy() throws IOException {
        JsonNode f = read("differential.json");
        assertArrayEquals(vector(f.get("longSmooth")), DifferentialSignal.smooth(vector(f.get("long")), 3.0), 1e-12);
        assertArrayEquals(vector(f.get("shortSmooth")), DifferentialSignal.smooth(vector(f.get("short")), 3.0), 1e-12);
        assertArrayEquals(vector(f.get("longZ")), DifferentialSignal.robustDerivative(vector(f.get("long")), 3.0),
                1e-10);
    }

    @Test
    void mutualInformationMatchesScikitLearn() throws IOException {
        for (JsonNode c : read("mutual_information.json")) {
            double[] x = vector(c.get("x"));
            assertEquals(c.get("mi").asDouble(),
                    MutualInformation.binned(x, vector(c.get("y")), 0, x.length, c.get("bins").asInt()), 1e-12);
        }
        assertEquals(0.0, MutualInformation.binned(new double[] {1, 1, 1}, new double[] {1, 2, 3}, 0, 3, 2));
    }

    @Test
    void absentNeuronsMaskTheirPairs() {
        Random random = new Random(2);
        double[][] a = new double[40][3];
        double[][] b = new double[40][3];
        for (int t = 0; t < 40; t++) {
            for (int i = 0; i < 3; i++) {
                a[t][i] = random.nextGaussian();
                b[t][i] = i == 1 ? Double.NaN : random.nextGaussian();
            }
        }
        AffinityTensor x = PairAffinities.tensor(
                List.of(AnimalTraces.complete(a), new AnimalTraces(b, new boolean[] {true, false, true})),
                AffinityConfig.differential().withKind(AffinityKind.PEARSON));
        assertEquals(3, x.pairs());
        assertEquals(4, x.windows());
        assertFalse(x.isObserved(UpperTriangle.index(0, 1, 3), 0, 1));
        assertTrue(x.isObserved(UpperTriangle.index(0, 2, 3), 2, 1));
        assertEquals(2 * 4, x.missing());
    }

    @Test
    void badInputsAreNamed() {
        double[][] traces = new double[40][2];
        for (int t = 0; t < 40; t++) {
            traces[t][0] = Math.sin(t);
            traces[t][1] = 3.0;
        }
        AffinityConfig config = AffinityConfig.differential();
        IllegalArgumentException constant = assertThrows(IllegalArgumentException.class,
                () -> PairAffinities.tensor(List.of(AnimalTraces.complete(traces)), config));
        assertTrue(constant.getMessage().contains("animal 0 neuron 1 is constant"), constant.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> PairAffinities.tensor(List.of(new AnimalTraces(traces, new boolean[2])), config));
        assertTrue(none.getMessage().contains("animal 0 has no neurons present"), none.getMessage());
        IllegalArgumentException shortRun = assertThrows(IllegalArgumentException.class,
                () -> PairAffinities.tensor(List.of(AnimalTraces.complete(Arrays.copyOf(traces, 5))), config));
        assertTrue(shortRun.getMessage().contains("fewer than one window"), shortRun.getMessage());
        double[][] step = new double[40][2];
        for (int t = 0; t < 40; t++) {
            step[t][0] = Math.sin(t);
            step[t][1] = t < 20 ? 0 : 1;
        }
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> PairAffinities.tensor(List.of(AnimalTraces.complete(step)),
                        new AffinityConfig(AffinityKind.DIFFERENTIAL, 10, 0.0, 4)));
        assertTrue(flat.getMessage().contains("animal 0 neuron 1: trace: its derivative has zero median"),
                flat.getMessage());
    }

    private static double mean(AffinityTensor x, int pair) {
        double s = 0;
        for (int t = 0; t < x.windows(); t++) {
            s += x.get(pair, t, 0);
        }
        return s / x.windows();
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = PairAffinitiesTest.class.getResourceAsStream("/connectome-ntf/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }
}
