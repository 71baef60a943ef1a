package org.neurobeam.preprocess.parcellation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Lloyd's k-means on rows of a matrix with k-means++ seeding (Arthur and Vassilvitskii 2007: first
 * centre uniform, each next one drawn with probability proportional to the squared distance to the
 * nearest chosen centre; scikit-learn's greedy extra trials are not done). Several seeded restarts,
 * the lowest inertia kept. A cluster left empty takes the point farthest from its centre, as
 * scikit-learn relocates empty clusters.
 */
final class KMeans {

    /** Cluster of each row (0..k-1) and the inertia. */
    record Result(int[] assignment, double inertia) {
    }

    private KMeans() {
    }

    static Result fit(double[][] rows, KMeansConfig config) {
        SplittableRandom random = new SplittableRandom(config.seed());
        Result best = null;
        for (int run = 0; run < config.restarts(); run++) {
            Result result = run(rows, config.clusters(), config.maxIterations(), random.split());
            if (best == null || result.inertia() < best.inertia()) {
                best = result;
            }
        }
        return best;
    }

    private static Result run(double[][] rows, int k, int maxIterations, SplittableRandom random) {
        double[][] centres = seed(rows, k, random);
        int[] assignment = new int[rows.length];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            boolean changed = assign(rows, centres, assignment);
            if (!changed) {
                break;
            }
            update(rows, centres, assignment);
        }
        double inertia = 0;
        for (int n = 0; n < rows.length; n++) {
            inertia += distance(rows[n], centres[assignment[n]]);
        }
        return new Result(assignment, inertia);
    }

    private static double[][] seed(double[][] rows, int k, SplittableRandom random) {
        double[][] centres = new double[k][];
        centres[0] = rows[random.nextInt(rows.length)].clone();
        double[] nearest = new double[rows.length];
        for (int n = 0; n < rows.length; n++) {
            nearest[n] = distance(rows[n], centres[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double d : nearest) {
                total += d;
            }
            int pick = rows.length - 1;
            double target = random.nextDouble() * total;
            for (int n = 0; n < rows.length; n++) {
                target -= nearest[n];
                if (target < 0) {
                    pick = n;
                    break;
                }
            }
            centres[c] = rows[total > 0 ? pick : random.nextInt(rows.length)].clone();
            for (int n = 0; n < rows.length; n++) {
                nearest[n] = Math.min(nearest[n], distance(rows[n], centres[c]));
            }
        }
        return centres;
    }

    private static boolean assign(double[][] rows, double[][] centres, int[] assignment) {
        boolean changed = false;
        for (int n = 0; n < rows.length; n++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centres.length; c++) {
                double d = distance(rows[n], centres[c]);
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

    private static void update(double[][] rows, double[][] centres, int[] assignment) {
        int dims = rows[0].length;
        int[] counts = new int[centres.length];
        for (double[] centre : centres) {
            Arrays.fill(centre, 0);
        }
        for (int n = 0; n < rows.length; n++) {
            counts[assignment[n]]++;
            for (int d = 0; d < dims; d++) {
                centres[assignment[n]][d] += rows[n][d];
            }
        }
        for (int c = 0; c < centres.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int d = 0; d < dims; d++) {
                centres[c][d] /= counts[c];
            }
        }
        for (int c = 0; c < centres.length; c++) {
            if (counts[c] == 0) {
                int far = farthest(rows, centres, assignment);
                counts[assignment[far]]--;
                assignment[far] = c;
                counts[c] = 1;
                centres[c] = rows[far].clone();
            }
        }
    }

    private static int farthest(double[][] rows, double[][] centres, int[] assignment) {
        int far = 0;
        double farDistance = -1;
        for (int n = 0; n < rows.length; n++) {
            double d = distance(rows[n], centres[assignment[n]]);
            if (d > farDistance) {
                farDistance = d;
                far = n;
            }
        }
        return far;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = a[d] - b[d];
            sum += diff * diff;
        }
        return sum;
    }
}
