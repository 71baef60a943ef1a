package org.neurobeam.connectome.dynamic;

import org.neurobeam.ingest.Checks;

/**
 * The strict upper triangle (i &lt; j) of a symmetric n × n matrix as a vector of n(n−1)/2 pairs, row by row:
 * (0,1), (0,2), …, (0,n−1), (1,2), … The order is the one of numpy's {@code triu_indices(n, 1)}.
 */
public final class UpperTriangle {

    private UpperTriangle() {
    }

    /** Number of pairs n(n−1)/2. */
    public static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    /** Position of pair (i, j), i ≠ j, in the vector. */
    public static int index(int i, int j, int n) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        Checks.argument(a != b && a >= 0 && b < n, "pair", "expected i != j in [0, %d), got (%d, %d)", n, i, j);
        return a * (2 * n - a - 1) / 2 + (b - a - 1);
    }

    /** Number of units n whose pair count is {@code pairs}; fails when {@code pairs} is not triangular. */
    public static int units(int pairs) {
        int n = (int) Math.round((1 + Math.sqrt(1 + 8.0 * pairs)) / 2);
        Checks.argument(n >= 2 && pairs(n) == pairs, "pairs", "%d is not n(n-1)/2 for an integer n >= 2", pairs);
        return n;
    }

    /** The strict upper triangle of a square matrix. */
    public static double[] vector(double[][] matrix) {
        int n = matrix.length;
        double[] v = new double[pairs(n)];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                v[p++] = matrix[i][j];
            }
        }
        return v;
    }

    /** The symmetric matrix with {@code vector} above and below the diagonal and {@code diagonal} on it. */
    public static double[][] matrix(double[] vector, double diagonal) {
        int n = units(vector.length);
        double[][] m = new double[n][n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            m[i][i] = diagonal;
            for (int j = i + 1; j < n; j++) {
                m[i][j] = vector[p];
                m[j][i] = vector[p++];
            }
        }
        return m;
    }
}
