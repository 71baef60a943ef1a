package org.neurobeam.connectome.dynamic;

import org.neurobeam.ingest.Checks;

/**
 * Chooses the number of states by sweeping k over [kMin, kMax] with {@link StateKMeans} and applying a
 * {@link ClusterCountRule}.
 *
 * @param chosen the clustering at the selected k
 * @param ks the swept k values
 * @param costs k-means cost at each swept k
 * @param scores the rule's score at each k (elbow: distance below the chord; silhouette: mean silhouette)
 */
public record ClusterCountSelection(StateClustering chosen, int[] ks, double[] costs, double[] scores) {

    /** Sweeps k = kMin..kMax (config's k is ignored) and keeps the best-scoring k; ties go to the smaller k. */
    public static ClusterCountSelection select(double[][] rows, int kMin, int kMax, ClusterCountRule rule,
            StateClusteringConfig config) {
        Checks.argument(kMin >= (rule == ClusterCountRule.SILHOUETTE ? 2 : 1), "kMin",
                "expected at least %d for %s, got %d", rule == ClusterCountRule.SILHOUETTE ? 2 : 1, rule, kMin);
        Checks.argument(kMax >= kMin + (rule == ClusterCountRule.ELBOW ? 2 : 0), "kMax",
                "expected at least kMin%s, got %d", rule == ClusterCountRule.ELBOW ? " + 2 for an elbow" : "", kMax);
        int count = kMax - kMin + 1;
        int[] ks = new int[count];
        double[] costs = new double[count];
        double[] scores = new double[count];
        StateClustering[] fits = new StateClustering[count];
        for (int i = 0; i < count; i++) {
            ks[i] = kMin + i;
            fits[i] = StateKMeans.fit(rows, config.withClusters(ks[i]));
            costs[i] = fits[i].cost();
            if (rule == ClusterCountRule.SILHOUETTE) {
                scores[i] = Silhouette.mean(rows, fits[i].assignment(), ks[i], config.distance());
            }
        }
        if (rule == ClusterCountRule.ELBOW) {
            double span = costs[0] - costs[count - 1];
            for (int i = 0; i < count; i++) {
                double x = i / (double) (count - 1);
                double y = span > 0 ? (costs[i] - costs[count - 1]) / span : 0;
                scores[i] = (1 - x) - y;
            }
        }
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return new ClusterCountSelection(fits[best], ks, costs, scores);
    }

    public int clusters() {
        return chosen.clusters();
    }
}
