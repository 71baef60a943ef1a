package org.neurobeam.connectome.ntf;

import org.neurobeam.ingest.Checks;

/**
 * Factor match between two CP models of equal rank (notes §A.4/§A.9): components paired by the Hungarian
 * method maximising Σ similarity, where the similarity of two components is the product over the three modes of
 * the cosines of their (unit-norm) columns, as tensortools' {@code kruskal_align} without its λ term (our
 * choice: the notes define the score without weights).
 *
 * @param matching {@code matching[r]} = component of the second model paired with component r of the first
 * @param cosines [r][mode] cosine of the paired columns
 * @param score mean over components of the product of the three cosines (the factor match score, FMS)
 */
public record FactorMatch(int[] matching, double[][] cosines, double score) {

    /** Matches {@code b} to {@code a}. */
    public static FactorMatch of(CpModel a, CpModel b) {
        Checks.argument(a.rank() == b.rank(), "models", "ranks differ: %d and %d", a.rank(), b.rank());
        int rank = a.rank();
        double[][][] cos = new double[rank][rank][3];
        double[][] cost = new double[rank][rank];
        for (int r = 0; r < rank; r++) {
            for (int s = 0; s < rank; s++) {
                double product = 1;
                for (int m = 0; m < 3; m++) {
                    cos[r][s][m] = cosine(a.column(m, r), b.column(m, s));
                    product *= cos[r][s][m];
                }
                cost[r][s] = -product;
            }
        }
        int[] matching = Hungarian.minimise(cost);
        double[][] cosines = new double[rank][];
        double score = 0;
        for (int r = 0; r < rank; r++) {
            cosines[r] = cos[r][matching[r]];
            score -= cost[r][matching[r]];
        }
        return new FactorMatch(matching, cosines, score / rank);
    }

    /** The smallest cosine over components and modes. */
    public double minimumCosine() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : cosines) {
            for (double c : row) {
                min = Math.min(min, c);
            }
        }
        return min;
    }

    private static double cosine(double[] u, double[] v) {
        double uv = 0;
        double uu = 0;
        double vv = 0;
        for (int i = 0; i < u.length; i++) {
            uv += u[i] * v[i];
            uu += u[i] * u[i];
            vv += v[i] * v[i];
        }
        return uu > 0 && vv > 0 ? uv / Math.sqrt(uu * vv) : 0;
    }
}
