package org.neurobeam.connectome.ntf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurobeam.connectome.community.PartitionAgreement;
import org.neurobeam.connectome.community.SbmConfig;
import org.neurobeam.connectome.community.SbmFit;
import org.neurobeam.connectome.community.WeightedSbm;
import org.neurobeam.connectome.graph.WeightedGraph;

/**
 * Notes T-A4: N = 60 neurons, W = 6 animals, T = 3000 samples at 3 Hz, three intervals of 1000 samples. In
 * interval k, community C_k (neurons 15k..15k+14) shares an Ornstein–Uhlenbeck driver (τ = 5 s = 15 samples);
 * every neuron gets independent unit noise (SNR 1). Animals 0–2 express C_0 and C_1, animals 3–5 express C_2.
 * Differential affinity (L = 10, σ = 3), NTF of rank 4 (3 planted + the noise floor, our choice), SBM on the
 * strongest 10% of each matched component's pair loadings.
 */
class EndToEndTest {

    @Test
    void recoversIntervalsAnimalsAndCommunities() {
        Random random = new Random(3);
        List<AnimalTraces> animals = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            double[][] x = new double[3000][60];
            double driver = 0;
            double decay = Math.exp(-1.0 / 15);
            for (int t = 0; t < 3000; t++) {
                driver = decay * driver + Math.sqrt(1 - decay * decay) * random.nextGaussian();
                int k = t / 1000;
                boolean expressed = w < 3 ? k < 2 : k == 2;
                for (int i = 0; i < 60; i++) {
                    x[t][i] = random.nextGaussian() + (expressed && i / 15 == k ? driver : 0);
                }
            }
            animals.add(AnimalTraces.complete(x));
        }
        AffinityTensor tensor = PairAffinities.tensor(animals, AffinityConfig.differential());
        CpModel model = NonNegativeCp.fit(tensor, NtfConfig.of(4).withRestarts(3).withMaxSweeps(200)).best();
        for (int k = 0; k < 3; k++) {
            int best = -1;
            double bestShare = 0;
            for (int r = 0; r < 4; r++) {
                double share = intervalShare(model.column(1, r), 100 * k, 100 * (k + 1));
                if (share > bestShare) {
                    bestShare = share;
                    best = r;
                }
            }
            double auc = auc(model.column(2, best), k < 2);
            int[] truth = new int[60];
            for (int i = 15 * k; i < 15 * k + 15; i++) {
                truth[i] = 1;
            }
            WeightedGraph graph = WeightedGraph.fromPairs(model.column(0, best)).keepStrongest(0.1);
            SbmFit fit = WeightedSbm.fit(graph, SbmConfig.defaults());
            double nmi = PartitionAgreement.nmi(truth, fit.labels());
            System.out.printf("T-A4 interval %d: component %d, f_t share %.3f, f_w AUC %.3f, SBM B = %d, NMI %.3f%n",
                    k, best, bestShare, auc, fit.blocks(), nmi);
            assertTrue(bestShare >= 0.7, "share " + bestShare);
            assertTrue(auc >= 0.9, "AUC " + auc);
            assertTrue(nmi >= 0.7, "NMI " + nmi);
        }
    }

    private static double intervalShare(double[] f, int from, int to) {
        double inside = 0;
        double total = 0;
        for (int t = 0; t < f.length; t++) {
            total += f[t];
            inside += t >= from && t < to ? f[t] : 0;
        }
        return inside / total;
    }

    /** AUC of the animal loadings for the group that expresses the interval (0–2 if {@code first}, else 3–5). */
    private static double auc(double[] f, boolean first) {
        double wins = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 3; b < 6; b++) {
                double positive = first ? f[a] : f[b];
                double negative = first ? f[b] : f[a];
                wins += positive > negative ? 1 : positive == negative ? 0.5 : 0;
            }
        }
        return wins / 9;
    }
}
