package org.neurobeam.connectome.community;

import java.util.SplittableRandom;
import org.neurobeam.connectome.graph.Modularity;
import org.neurobeam.connectome.graph.WeightedGraph;
import org.neurobeam.ingest.Checks;

/**
 * Louvain modularity maximisation (Blondel et al. 2008, J Stat Mech P10008), the baseline the paper compares
 * the SBM with. Local moving: each node, in a seeded random order, joins the neighbouring community of largest
 * gain k_{i,C} − γ Σ_tot(C) k_i / 2m when it beats staying; then communities are aggregated into nodes (internal
 * weight as a self-loop) and the two steps repeat until no node moves.
 */
public final class Louvain {

    private static final double IMPROVEMENT = 1e-12;

    private Louvain() {
    }

    public static LouvainResult fit(WeightedGraph graph, LouvainConfig config) {
        Checks.argument(graph.totalWeight() > 0, "graph", "has no edge; modularity is undefined");
        SplittableRandom random = new SplittableRandom(config.seed());
        double[][] a = graph.adjacency();
        int[] labels = new int[graph.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i;
        }
        while (true) {
            int[] community = localMoving(a, config.resolution(), random);
            int[] compact = WeightedSbm.relabel(community);
            int k = 0;
            for (int c : compact) {
                k = Math.max(k, c + 1);
            }
            for (int i = 0; i < labels.length; i++) {
                labels[i] = compact[labels[i]];
            }
            if (k == a.length) {
                break;
            }
            double[][] next = new double[k][k];
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a.length; j++) {
                    next[compact[i]][compact[j]] += a[i][j];
                }
            }
            a = next;
        }
        int[] result = WeightedSbm.relabel(labels);
        int communities = 0;
        for (int c : result) {
            communities = Math.max(communities, c + 1);
        }
        return new LouvainResult(result, communities, Modularity.of(graph, result, config.resolution()));
    }

    /** One local-moving phase on adjacency {@code a} (self-loops on the diagonal count in strengths). */
    private static int[] localMoving(double[][] a, double resolution, SplittableRandom random) {
        int n = a.length;
        double[] k = new double[n];
        double twoM = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i] += a[i][j];
            }
            twoM += k[i];
        }
        int[] community = new int[n];
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            community[i] = i;
            total[i] = k[i];
        }
        double[] links = new double[n];
        boolean moved = true;
        while (moved) {
            moved = false;
            int[] order = shuffled(n, random);
            for (int i : order) {
                java.util.Arrays.fill(links, 0);
                for (int j = 0; j < n; j++) {
                    if (j != i && a[i][j] > 0) {
                        links[community[j]] += a[i][j];
                    }
                }
                int own = community[i];
                total[own] -= k[i];
                int best = own;
                double bestGain = links[own] - resolution * total[own] * k[i] / twoM;
                for (int c = 0; c < n; c++) {
                    if (c != own && links[c] > 0) {
                        double gain = links[c] - resolution * total[c] * k[i] / twoM;
                        if (gain > bestGain + IMPROVEMENT) {
                            bestGain = gain;
                            best = c;
                        }
                    }
                }
                total[best] += k[i];
                if (best != own) {
                    community[i] = best;
                    moved = true;
                }
            }
        }
        return community;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
