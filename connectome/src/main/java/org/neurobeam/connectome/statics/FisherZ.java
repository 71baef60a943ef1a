package org.neurobeam.connectome.statics;

import org.neurobeam.ingest.Checks;

/**
 * Fisher's z-transform z = artanh(r) (Fisher 1915, "Frequency distribution of the values of the
 * correlation coefficient in samples from an indefinitely large population", Biometrika 10:507), which
 * makes correlations approximately normal with variance 1/(n − 3).
 *
 * <p>The diagonal (r = 1, z = +∞) is set to 0: it carries no information, and 0 keeps sums, means and
 * tables finite. Drop it, as nilearn's {@code sym_matrix_to_vec(discard_diagonal=True)} does, before
 * statistics over edges. An off-diagonal |r| ≥ 1 fails naming the pair.
 */
public final class FisherZ {

    private FisherZ() {
    }

    /** artanh(r) for one off-diagonal correlation, |r| &lt; 1. */
    public static double of(double r) {
        Checks.argument(Math.abs(r) < 1, "correlation", "expected |r| < 1, got %s", r);
        return artanh(r);
    }

    /** sign(r) · ½ log1p(2|r| / (1 − |r|)): exactly odd, and accurate near 0. */
    private static double artanh(double r) {
        double a = Math.abs(r);
        return Math.copySign(0.5 * Math.log1p(2 * a / (1 - a)), r);
    }

    /** The z-transformed square correlation matrix, diagonal set to 0. */
    public static double[][] of(double[][] correlation) {
        double[][] r = SymmetricMatrices.toArray(SymmetricMatrices.of(correlation, "correlation"));
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r.length; j++) {
                Checks.argument(i == j || Math.abs(r[i][j]) < 1, "correlation",
                        "entry (%d, %d) is %s, Fisher z needs |r| < 1 off the diagonal", i, j, r[i][j]);
                r[i][j] = i == j ? 0.0 : artanh(r[i][j]);
            }
        }
        return r;
    }

    /** The z-transformed matrix of a {@code correlation} or {@code partial_correlation} connectome. */
    public static double[][] of(Connectome connectome) {
        Checks.argument(connectome.kind().isCorrelation(), "kind",
                "Fisher z applies to correlation and partial_correlation, got %s", connectome.kind().label());
        return of(connectome.matrix());
    }
}
