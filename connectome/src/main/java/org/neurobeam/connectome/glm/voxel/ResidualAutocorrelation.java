package org.neurobeam.connectome.glm.voxel;

import org.neurobeam.connectome.glm.Ar1;
import org.neurobeam.connectome.glm.DesignMatrix;

/**
 * nilearn's lag-1 Yule-Walker coefficient of a voxel's OLS residuals ({@link Ar1#yuleWalker}:
 * {@code ρ = [Σ_{t≥1} e_t e_{t-1} / (n - 1)] / [Σ e_t² / n]}, e the residuals less their mean) computed
 * from {@link SufficientStatistics} instead of the residual series.
 *
 * <p>The residuals are {@code e = a e' + d r}: e' = y' - Xβ' those of the shifted samples, r = 1 - Xb
 * those of the constant (see {@link WhitenedDesign} at ρ = 0). With the design-only
 * {@code K = Σ_{t≥1} x_t x_{t-1}ᵀ}, {@code u = Σ_{t≥1} x_t r_{t-1}}, {@code v = Σ_{t≥1} x_{t-1} r_t}:
 * <pre>
 *   Σ e'_t e'_{t-1} = Σ y'_t y'_{t-1} - β'ᵀΣ x_{t-1} y'_t - β'ᵀΣ x_t y'_{t-1} + β'ᵀKβ'
 *   Σ e'_t r_{t-1}  = Σy' - bᵀΣ x_{t-1} y'_t - β'ᵀu
 *   Σ r_t e'_{t-1}  = Σy' - y'_{n-1} - bᵀΣ x_t y'_{t-1} - β'ᵀv
 *   Σ e_t e_{t-1}   = a² (first) + ad (second + third) + d² Σ r_t r_{t-1}
 *   Σ e = a g + d |r|²,  e_0 = -a x_0ᵀβ' + d r_0,  e_{n-1} = a (y'_{n-1} - x_{n-1}ᵀβ') + d r_{n-1}
 * </pre>
 * (sums over t ≥ 1, y'_0 = 0; when the design spans the constant, r = 0 and e = a e'), and the mean
 * μ = Σe / n is removed in closed form: {@code Σ(e-μ)² = RSS - nμ²},
 * {@code Σ_{t≥1}(e_t-μ)(e_{t-1}-μ) = Σ e_t e_{t-1} - μ(2Σe - e_0 - e_{n-1}) + (n-1)μ²}.
 */
final class ResidualAutocorrelation {

    private final WhitenedDesign ols;
    private final int n;
    private final int p;
    private final double[][] lagProducts;
    private final double[] u;
    private final double[] v;
    private final double rLagged;
    private final double[] firstRow;
    private final double[] lastRow;

    ResidualAutocorrelation(DesignMatrix design, WhitenedDesign ols) {
        this.ols = ols;
        double[][] x = design.values();
        n = design.scans();
        p = design.columns();
        double[] r = ols.r;
        lagProducts = new double[p][p];
        u = new double[p];
        v = new double[p];
        double lagged = 0;
        for (int t = 1; t < n; t++) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    lagProducts[i][j] += x[t][i] * x[t - 1][j];
                }
                u[i] += x[t][i] * r[t - 1];
                v[i] += x[t - 1][i] * r[t];
            }
            lagged += r[t] * r[t - 1];
        }
        rLagged = lagged;
        firstRow = x[0];
        lastRow = x[n - 1];
    }

    /**
     * The coefficient of voxel v, given its OLS fit by {@link WhitenedDesign#fit} ({@code shiftedBeta},
     * {@code rss}, {@code g}).
     */
    double rho(SufficientStatistics s, int voxel, SignalScaling scaling, double[] shiftedBeta, double rss, double g) {
        int o = s.offset(voxel);
        double lastY = s.last[voxel];
        double own = s.lagged[voxel];
        double withR = s.sum[voxel];
        double rWith = s.sum[voxel] - lastY;
        double first = 0;
        double last = lastY;
        for (int i = 0; i < p; i++) {
            double beta = shiftedBeta[i];
            own -= beta * (s.xPreviousY[o + i] + s.xNextY[o + i]);
            double kb = 0;
            for (int j = 0; j < p; j++) {
                kb += lagProducts[i][j] * shiftedBeta[j];
            }
            own += beta * kb;
            withR -= ols.b[i] * s.xPreviousY[o + i] + beta * u[i];
            rWith -= ols.b[i] * s.xNextY[o + i] + beta * v[i];
            first -= firstRow[i] * beta;
            last -= lastRow[i] * beta;
        }
        double a = scaling.scale();
        double d = scaling.shift();
        double lagged = a * a * own;
        double total = 0;
        double e0 = a * first;
        double eLast = a * last;
        if (!ols.spansConstant) {
            lagged += a * d * (withR + rWith) + d * d * rLagged;
            total = a * g + d * ols.rr;
            e0 += d * ols.r[0];
            eLast += d * ols.r[n - 1];
        }
        double mean = total / n;
        double r0 = rss - n * mean * mean;
        double r1 = lagged - mean * (2 * total - e0 - eLast) + (n - 1) * mean * mean;
        return r0 == 0 ? 0 : (r1 / (n - 1)) / (r0 / n);
    }
}
