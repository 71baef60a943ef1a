package org.neurobeam.connectome.ntf;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a square cost matrix (Kuhn 1955; Munkres 1957), O(n³) shortest augmenting paths
 * with row and column potentials (Jonker and Volgenant style).
 */
public final class Hungarian {

    private Hungarian() {
    }

    /** {@code assignment[row]} = column, minimising Σ cost[row][assignment[row]]. */
    public static int[] minimise(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] matchOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        for (int row = 1; row <= n; row++) {
            matchOfColumn[0] = row;
            int column = 0;
            double[] minimum = new double[n + 1];
            Arrays.fill(minimum, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[column] = true;
                int i = matchOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double reduced = cost[i - 1][j - 1] - u[i] - v[j];
                        if (reduced < minimum[j]) {
                            minimum[j] = reduced;
                            way[j] = column;
                        }
                        if (minimum[j] < delta) {
                            delta = minimum[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[matchOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minimum[j] -= delta;
                    }
                }
                column = next;
            } while (matchOfColumn[column] != 0);
            do {
                int previous = way[column];
                matchOfColumn[column] = matchOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= n; j++) {
            assignment[matchOfColumn[j] - 1] = j - 1;
        }
        return assignment;
    }
}
