package org.neurobeam.connectome.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.neurobeam.connectome.community.PartitionAgreement;

/** Notes T-D4: rank-2 V1 equals the dense eigenvector to 1e-10 up to sign; switching Kuramoto states, ARI ≥ 0.8. */
class LeidaTest {

    @Test
    void rankTwoShortcutEqualsDenseEigenvector() {
        Random random = new Random(8);
        double worst = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(40);
            double[] theta = new double[n];
            double spread = trial % 2 == 0 ? 2 * Math.PI : 1.0;
            for (int i = 0; i < n; i++) {
                theta[i] = spread * random.nextDouble() - Math.PI;
            }
            double[] fast = Leida.leadingEigenvector(theta);
            double[] dense = dense(PhaseSynchrony.coherence(theta));
            double dot = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                dot += fast[i] * dense[i];
                sum += fast[i];
            }
            for (int i = 0; i < n; i++) {
                worst = Math.max(worst, Math.abs(fast[i] - Math.signum(dot) * dense[i]));
            }
            assertTrue(sum <= 1e-12, "sign convention");
        }
        System.out.printf("T-D4 LEiDA rank-2 vs dense: max abs difference %.3e%n", worst);
        assertTrue(worst <= 1e-10, "difference " + worst);
    }

    @Test
    void recoversSwitchingCoupling() {
        KuramotoSwitching sim = new KuramotoSwitching(1000, 4);
        double[][] theta = PhaseSynchrony.phases(sim.signals);
        int skip = 10;
        double[][] v = new double[theta.length - 2 * skip][];
        for (int t = skip; t < theta.length - skip; t++) {
            v[t - skip] = Leida.leadingEigenvector(theta[t]);
        }
        StateClustering states = StateKMeans.fit(v,
                StateClusteringConfig.of(2).withDistance(StateDistance.COSINE).withRestarts(5));
        int kept = 0;
        int[] truth = new int[v.length];
        int[] predicted = new int[v.length];
        for (int t = skip; t < theta.length - skip; t++) {
            if (t % 100 >= 20) {
                truth[kept] = sim.coupled[t];
                predicted[kept++] = states.assignment()[t - skip];
            }
        }
        double ari = PartitionAgreement.adjustedRand(java.util.Arrays.copyOf(truth, kept),
                java.util.Arrays.copyOf(predicted, kept));
        System.out.printf("T-D4 LEiDA k = 2 ARI = %.4f over %d samples (20 after each switch excluded)%n", ari, kept);
        assertTrue(ari >= 0.8, "ARI " + ari);
    }

    @Test
    void synchronyMeasuresClosedForm() {
        double[][] locked = new double[50][3];
        for (int t = 0; t < 50; t++) {
            locked[t] = new double[] {0.1 * t, 0.1 * t + 1.0, 0.1 * t + Math.PI};
        }
        double[][] plv = PhaseSynchrony.phaseLocking(locked, 0, 50);
        assertEquals(1.0, plv[0][1], 1e-12);
        assertEquals(1.0, plv[1][2], 1e-12);
        double r = Math.hypot(1 + Math.cos(1.0) - 1, Math.sin(1.0)) / 3;
        assertEquals(r, PhaseSynchrony.synchrony(locked), 1e-12);
        assertEquals(0.0, PhaseSynchrony.metastability(locked), 1e-12);
        assertEquals(Math.cos(1.0), PhaseSynchrony.coherence(locked[7])[0][1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PhaseSynchrony.phaseLocking(locked, 40, 20));
        assertThrows(IllegalArgumentException.class, () -> Leida.leadingEigenvector(new double[] {1}));
        double[][] flat = new double[10][2];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhaseSynchrony.phases(flat));
        assertTrue(e.getMessage().contains("constant"), e.getMessage());
    }

    private static double[] dense(double[][] pc) {
        int n = pc.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        eig.decompose(new DMatrixRMaj(pc));
        int best = 0;
        for (int k = 1; k < n; k++) {
            Complex_F64 value = eig.getEigenvalue(k);
            if (value.real > eig.getEigenvalue(best).real) {
                best = k;
            }
        }
        DMatrixRMaj vector = eig.getEigenVector(best);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm += vector.get(i) * vector.get(i);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = vector.get(i) / Math.sqrt(norm);
        }
        return v;
    }
}
