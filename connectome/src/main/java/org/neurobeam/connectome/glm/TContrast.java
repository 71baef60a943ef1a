package org.neurobeam.connectome.glm;

import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * A t contrast per unit, as nilearn's {@code compute_contrast(..., stat_type='t')}: effect {@code cβ},
 * variance {@code σ² c C cᵀ} (C of the unit's, possibly whitened, design), {@code t = effect /
 * sqrt(max(variance, 1e-50))}, {@code p = P(T_dof > t)} — one-sided, upper tail, nilearn's
 * {@code p_value} — and {@code z} from p and 1 - p by {@link Normal#zScore}. A two-sided p is
 * {@code 2 min(p, 1 - p)}.
 *
 * @param weights the contrast vector, one weight per design column
 * @param effect  per unit
 * @param stderr  standard error of the effect, per unit
 * @param t       per unit
 * @param p       one-sided upper-tail p-value, per unit
 * @param z       per unit
 * @param dof     residual degrees of freedom
 */
public record TContrast(double[] weights, double[] effect, double[] stderr, double[] t, double[] p, double[] z,
        int dof) {

    private static final double TINY = 1e-50;

    /** The contrast given as an expression over the design's column names, e.g. {@code "a - b"}. */
    public static TContrast of(GlmResult fit, String expression) {
        return of(fit, ContrastExpression.parse(expression, fit.names()));
    }

    /** The contrast given as weights, one per design column. */
    public static TContrast of(GlmResult fit, double[] weights) {
        List<String> names = fit.names();
        Checks.argument(weights.length == names.size(), "contrast", "%d weights for %d design columns %s",
                weights.length, names.size(), names);
        boolean nonZero = false;
        for (double w : weights) {
            Checks.argument(Double.isFinite(w), "contrast", "non-finite weight %s", w);
            nonZero |= w != 0;
        }
        Checks.argument(nonZero, "contrast", "all weights are zero");
        double[] scale = new double[fit.covariances().size()];
        for (int m = 0; m < scale.length; m++) {
            scale[m] = FContrast.quadratic(fit.covariances().get(m), weights);
        }
        int units = fit.units();
        double[][] betas = fit.rawBetas();
        double[] effect = new double[units];
        double[] stderr = new double[units];
        double[] t = new double[units];
        double[] p = new double[units];
        double[] z = new double[units];
        for (int u = 0; u < units; u++) {
            for (int j = 0; j < weights.length; j++) {
                effect[u] += weights[j] * betas[j][u];
            }
            double variance = fit.variance(u) * scale[fit.model(u)];
            stderr[u] = Math.sqrt(variance);
            t[u] = effect[u] / Math.sqrt(Math.max(variance, TINY));
            p[u] = StudentT.sf(t[u], fit.dof());
            z[u] = Normal.zScore(p[u], StudentT.cdf(t[u], fit.dof()));
        }
        return new TContrast(weights.clone(), effect, stderr, t, p, z, fit.dof());
    }
}
