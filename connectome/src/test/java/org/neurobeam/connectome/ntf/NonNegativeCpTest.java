package org.neurobeam.connectome.ntf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Notes T-A2: planted rank-3 recovery after Hungarian matching, every mode's cosine ≥ 0.95 noiseless and at
 * 10% noise, ≥ 0.85 at 30% noise; masked entries; multiplicative updates as a cross-check; determinism.
 */
class NonNegativeCpTest {

    @Test
    void recoversPlantedComponentsAcrossNoiseLevels() {
        double[] noise = {0.0, 0.1, 0.3};
        double[] threshold = {0.95, 0.95, 0.85};
        for (int i = 0; i < noise.length; i++) {
            PlantedTensor planted = new PlantedTensor(noise[i], 11);
            CpModel model = NonNegativeCp.fit(AffinityTensor.of(planted.values), NtfConfig.of(3)).best();
            FactorMatch match = FactorMatch.of(planted.truth, model);
            System.out.printf("T-A2 HALS noise %.0f%%: min cosine %.4f, FMS %.4f, fit %.4f, sweeps %d%n",
                    100 * noise[i], match.minimumCosine(), match.score(), model.fit(), model.sweeps());
            assertTrue(match.minimumCosine() >= threshold[i], "noise " + noise[i] + ": " + match.minimumCosine());
        }
    }

    @Test
    void maskedEntriesAreImputedNotFitted() {
        PlantedTensor planted = new PlantedTensor(0.1, 12);
        boolean[][][] observed = new boolean[PlantedTensor.PAIRS][PlantedTensor.WINDOWS][PlantedTensor.ANIMALS];
        Random random = new Random(5);
        for (int p = 0; p < PlantedTensor.PAIRS; p++) {
            for (int w = 0; w < PlantedTensor.ANIMALS; w++) {
                boolean present = random.nextDouble() >= 0.2;
                for (int t = 0; t < PlantedTensor.WINDOWS; t++) {
                    observed[p][t][w] = present;
                    if (!present) {
                        planted.values[p][t][w] = Double.NaN;
                    }
                }
            }
        }
        AffinityTensor tensor = AffinityTensor.of(planted.values, observed);
        CpModel model = NonNegativeCp.fit(tensor, NtfConfig.of(3).withRestarts(3)).best();
        FactorMatch match = FactorMatch.of(planted.truth, model);
        System.out.printf("T-A2 HALS 10%% noise, 20%% of (pair, animal) fibres missing: min cosine %.4f%n",
                match.minimumCosine());
        assertTrue(match.minimumCosine() >= 0.95, "masked: " + match.minimumCosine());
        assertTrue(Double.isFinite(model.loss()) && model.fit() > 0.8);
    }

    @Test
    void multiplicativeUpdatesAgreeWithHals() {
        PlantedTensor planted = new PlantedTensor(0.1, 13);
        AffinityTensor tensor = AffinityTensor.of(planted.values);
        CpModel hals = NonNegativeCp.fit(tensor, NtfConfig.of(3).withRestarts(3)).best();
        CpModel mu = NonNegativeCp.fit(tensor, NtfConfig.of(3).withRestarts(3)
                .withAlgorithm(NtfAlgorithm.MULTIPLICATIVE).withMaxSweeps(2000)).best();
        FactorMatch match = FactorMatch.of(hals, mu);
        System.out.printf("HALS vs MU: FMS %.4f, loss %.2f vs %.2f, sweeps %d vs %d%n", match.score(), hals.loss(),
                mu.loss(), hals.sweeps(), mu.sweeps());
        assertTrue(match.score() >= 0.95, "FMS " + match.score());
        assertEquals(hals.loss(), mu.loss(), 0.01 * hals.loss());
    }

    @Test
    void sameSeedSameModelAndUnitColumns() {
        PlantedTensor planted = new PlantedTensor(0.1, 14);
        AffinityTensor tensor = AffinityTensor.of(planted.values);
        NtfConfig config = NtfConfig.of(3).withRestarts(2).withSeed(9);
        CpModel a = NonNegativeCp.fit(tensor, config).best();
        CpModel b = NonNegativeCp.fit(tensor, config).best();
        assertArrayEquals(a.weights(), b.weights(), 0.0);
        assertEquals(a.loss(), b.loss(), 0.0);
        for (int m = 0; m < 3; m++) {
            for (int r = 0; r < 3; r++) {
                double norm = 0;
                for (double v : a.column(m, r)) {
                    assertTrue(v >= 0);
                    norm += v * v;
                }
                assertEquals(1.0, norm, 1e-9);
            }
        }
        assertTrue(a.weights()[0] >= a.weights()[1] && a.weights()[1] >= a.weights()[2]);
    }

    @Test
    void badTensorsAreNamed() {
        double[][][] values = new double[3][4][2];
        values[0][0][0] = 1;
        boolean[][][] observed = new boolean[3][4][2];
        for (boolean[][] plane : observed) {
            for (boolean[] row : plane) {
                row[0] = true;
            }
        }
        IllegalArgumentException animal = assertThrows(IllegalArgumentException.class,
                () -> AffinityTensor.of(values, observed));
        assertTrue(animal.getMessage().contains("animal 1 has no observed entry"), animal.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> NonNegativeCp.fit(AffinityTensor.of(new double[2][2][2]), NtfConfig.of(1)));
        assertTrue(zero.getMessage().contains("all observed entries are 0"), zero.getMessage());
        values[1][1][1] = -1;
        assertThrows(IllegalArgumentException.class, () -> AffinityTensor.of(values));
        values[1][1][1] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> AffinityTensor.of(values));
    }
}
