package org.neurobeam.connectome.dynamic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.neurobeam.ingest.Checks;

/**
 * K-means brain states over window feature vectors (Allen et al. 2014; LEiDA, Cabral et al. 2017) with a
 * pluggable {@link StateDistance}. Seeding is k-means++ (Arthur and Vassilvitskii 2007) with the chosen
 * distance as the sampling weight, as MATLAB's {@code kmeans} does; Lloyd iterations alternate assignment and
 * the distance's own centroid; an emptied cluster takes the row farthest from its centroid. The preprocess
 * module's k-means is not reused: it is package-private and hard-wired to squared Euclidean distance.
 */
public final class StateKMeans {

    private StateKMeans() {
    }

    /** Clusters {@code rows} [row][feature]; restarts draw from one seeded stream, so results are repeatable. */
    public static StateClustering fit(double[][] rows, StateClusteringConfig config) {
        validate(rows, config.clusters());
        SplittableRandom random = new SplittableRandom(config.seed());
        StateClustering best = null;
        for (int run = 0; run < config.restarts(); run++) {
            StateClustering result = run(rows, config, random.split());
            if (best == null || result.cost() < best.cost()) {
                best = result;
            }
        }
        return best;
    }

    static void validate(double[][] rows, int clusters) {
        Checks.argument(rows != null && rows.length > 0 && rows[0] != null && rows[0].length > 0, "rows",
                "expected a non-empty [row][feature] array");
        Checks.argument(rows.length >= clusters, "rows", "%d rows cannot form %d clusters", rows.length, clusters);
        for (int n = 0; n < rows.length; n++) {
            Checks.argument(rows[n] != null && rows[n].length == rows[0].length, "rows",
                    "row %d has a different length than row 0 (%d)", n, rows[0].length);
            for (double v : rows[n]) {
                Checks.argument(Double.isFinite(v), "rows", "row %d has a non-finite value %s", n, v);
            }
        }
    }

    private static StateClustering run(double[][] rows, StateClusteringConfig config, SplittableRandom random) {
        StateDistance distance = config.distance();
        double[][] centroids = seed(rows, config.clusters(), distance, random);
        int[] assignment = new int[rows.length];
        java.util.Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < config.maxIterations(); iteration++) {
            if (!assign(rows, centroids, assignment, distance)) {
                break;
            }
            centroids = update(rows, centroids, assignment, distance);
        }
        double cost = 0;
        for (int n = 0; n < rows.length; n++) {
            cost += distance.between(rows[n], centroids[assignment[n]]);
        }
        return new StateClustering(assignment, centroids, cost);
    }

    private static double[][] seed(double[][] rows, int k, StateDistance distance, SplittableRandom random) {
        double[][] centroids = new double[k][];
        centroids[0] = rows[random.nextInt(rows.length)].clone();
        double[] nearest = new double[rows.length];
        for (int n = 0; n < rows.length; n++) {
            nearest[n] = distance.between(rows[n], centroids[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double d : nearest) {
                total += d;
            }
            int pick = random.nextInt(rows.length);
            if (total > 0) {
                double target = random.nextDouble() * total;
                for (int n = 0; n < rows.length; n++) {
                    target -= nearest[n];
                    if (target < 0 && nearest[n] > 0) {
                        pick = n;
                        break;
                    }
                }
            }
            centroids[c] = rows[pick].clone();
            for (int n = 0; n < rows.length; n++) {
                nearest[n] = Math.min(nearest[n], distance.between(rows[n], centroids[c]));
            }
        }
        return centroids;
    }

    private static boolean assign(double[][] rows, double[][] centroids, int[] assignment, StateDistance distance) {
        boolean changed = false;
        for (int n = 0; n < rows.length; n++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double d = distance.between(rows[n], centroids[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            changed |= assignment[n] != best;
            assignment[n] = best;
        }
        return changed;
    }

    private static double[][] update(double[][] rows, double[][] old, int[] assignment, StateDistance distance) {
        int k = old.length;
        List<List<double[]>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int n = 0; n < rows.length; n++) {
            members.get(assignment[n]).add(rows[n]);
        }
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = members.get(c).isEmpty() ? old[c] : distance.centroid(members.get(c));
        }
        for (int c = 0; c < k; c++) {
            if (members.get(c).isEmpty()) {
                int far = 0;
                double farDistance = -1;
                for (int n = 0; n < rows.length; n++) {
                    double d = distance.between(rows[n], centroids[assignment[n]]);
                    if (d > farDistance) {
                        farDistance = d;
                        far = n;
                    }
                }
                assignment[far] = c;
                centroids[c] = rows[far].clone();
            }
        }
        return centroids;
    }
}
