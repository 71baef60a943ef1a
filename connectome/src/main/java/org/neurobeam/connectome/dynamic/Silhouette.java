package org.neurobeam.connectome.dynamic;

/**
 * Mean silhouette (Rousseeuw 1987): for each row, a = mean distance to its own cluster, b = smallest mean
 * distance to another cluster, s = (b − a) / max(a, b), with s = 0 for a row alone in its cluster (as
 * scikit-learn). O(n²) distance evaluations.
 */
public final class Silhouette {

    private Silhouette() {
    }

    /** Mean silhouette of {@code assignment} (at least 2 clusters used) under {@code distance}. */
    public static double mean(double[][] rows, int[] assignment, int clusters, StateDistance distance) {
        int[] sizes = new int[clusters];
        for (int a : assignment) {
            sizes[a]++;
        }
        double total = 0;
        double[] sums = new double[clusters];
        for (int n = 0; n < rows.length; n++) {
            java.util.Arrays.fill(sums, 0);
            for (int m = 0; m < rows.length; m++) {
                if (m != n) {
                    sums[assignment[m]] += distance.between(rows[n], rows[m]);
                }
            }
            int own = assignment[n];
            if (sizes[own] < 2) {
                continue;
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < clusters; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            double denominator = Math.max(a, b);
            total += denominator > 0 && Double.isFinite(b) ? (b - a) / denominator : 0;
        }
        return total / rows.length;
    }
}
