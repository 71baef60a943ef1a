package org.neurobeam.preprocess;

/** Small statistics for assertions. */
public final class Stats {

    private Stats() {
    }

    /** Pearson correlation of column a of x with column b of y. */
    public static double correlation(double[][] x, int a, double[][] y, int b) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int t = 0; t < n; t++) {
            mx += x[t][a];
            my += y[t][b];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int t = 0; t < n; t++) {
            double dx = x[t][a] - mx;
            double dy = y[t][b] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Largest |correlation| between any column of x and any column of y. */
    public static double maxAbsCorrelation(double[][] x, double[][] y) {
        double max = 0;
        for (int a = 0; a < x[0].length; a++) {
            for (int b = 0; b < y[0].length; b++) {
                max = Math.max(max, Math.abs(correlation(x, a, y, b)));
            }
        }
        return max;
    }
}
