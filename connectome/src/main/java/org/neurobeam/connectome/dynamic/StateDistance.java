package org.neurobeam.connectome.dynamic;

/**
 * Distances for k-means over window feature vectors, each with the centroid that minimises its summed
 * distance the way MATLAB's {@code kmeans} does (Allen et al. 2014 used MATLAB's city-block k-means).
 */
public enum StateDistance {
    /** Σ (a − b)²; centroid: the mean. */
    SQUARED_EUCLIDEAN,
    /** Σ |a − b| (Allen et al. 2014); centroid: the component-wise median. */
    L1,
    /** 1 − Pearson correlation of the two vectors; centroid: mean of the centred, unit-norm members. */
    CORRELATION,
    /** 1 − cosine similarity (LEiDA, Cabral et al. 2017); centroid: mean of the unit-norm members. */
    COSINE;

    /** The distance between {@code a} and {@code b}. */
    public double between(double[] a, double[] b) {
        switch (this) {
            case SQUARED_EUCLIDEAN: {
                double s = 0;
                for (int d = 0; d < a.length; d++) {
                    double diff = a[d] - b[d];
                    s += diff * diff;
                }
                return s;
            }
            case L1: {
                double s = 0;
                for (int d = 0; d < a.length; d++) {
                    s += Math.abs(a[d] - b[d]);
                }
                return s;
            }
            default:
                return 1 - similarity(prepare(a), prepare(b));
        }
    }

    /** The centroid of {@code members} (non-empty). */
    public double[] centroid(java.util.List<double[]> members) {
        int dims = members.get(0).length;
        double[] c = new double[dims];
        if (this == L1) {
            double[] column = new double[members.size()];
            for (int d = 0; d < dims; d++) {
                for (int m = 0; m < column.length; m++) {
                    column[m] = members.get(m)[d];
                }
                java.util.Arrays.sort(column);
                int h = column.length / 2;
                c[d] = column.length % 2 == 1 ? column[h] : 0.5 * (column[h - 1] + column[h]);
            }
            return c;
        }
        for (double[] m : members) {
            double[] v = this == SQUARED_EUCLIDEAN ? m : prepare(m);
            for (int d = 0; d < dims; d++) {
                c[d] += v[d];
            }
        }
        for (int d = 0; d < dims; d++) {
            c[d] /= members.size();
        }
        return c;
    }

    /** Centred (correlation only) and scaled to unit norm; a zero vector stays zero. */
    private double[] prepare(double[] v) {
        double[] u = v.clone();
        if (this == CORRELATION) {
            double mean = 0;
            for (double x : u) {
                mean += x;
            }
            mean /= u.length;
            for (int d = 0; d < u.length; d++) {
                u[d] -= mean;
            }
        }
        double norm = 0;
        for (double x : u) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < u.length; d++) {
            u[d] = norm > 0 ? u[d] / norm : 0;
        }
        return u;
    }

    private static double similarity(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
