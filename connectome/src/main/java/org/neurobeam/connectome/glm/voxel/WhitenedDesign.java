package org.neurobeam.connectome.glm.voxel;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.neurobeam.connectome.glm.Ar1;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.GlmFit;

/**
 * The design whitened with one AR(1) coefficient ρ (ρ = 0: the OLS design) as nilearn's
 * {@code ARModel.whiten} ({@link Ar1#whiten}: row 0 kept, row t → x_t - ρ x_{t-1}), and the fit of a voxel
 * from its {@link SufficientStatistics} alone. X below is the orthonormal basis of {@link DesignBasis},
 * against which the sums were taken; betas are returned over both the basis and the design's columns.
 *
 * <p>The voxel's fitted series is {@code y = a y' + d 1}, y' the shifted samples and (a, d) the
 * {@link SignalScaling}. Whitening W is linear, so with {@code X* = WX}, {@code w = W1},
 * {@code C = (X*ᵀX*)⁻¹}, {@code b = C X*ᵀw} and {@code r = w - X* b} (all design-only):
 * <pre>
 *   X*ᵀWy' = Σxy' - ρ (Σ_{t≥1} x_{t-1}y'_t + Σ_{t≥1} x_t y'_{t-1}) + ρ² (Σxy' - x_{n-1} y'_{n-1})
 *   |Wy'|² = Σy'² - 2ρ Σ_{t≥1} y'_t y'_{t-1} + ρ² (Σy'² - y'_{n-1}²)
 *   wᵀWy'  = (1 - ρ) (Σy' - ρ (Σy' - y'_{n-1}))                      (y'_0 = 0 throughout)
 *   β' = C X*ᵀWy',  RSS' = |Wy'|² - β'ᵀX*ᵀWy',  g = rᵀWy' = wᵀWy' - bᵀX*ᵀWy'
 *   β = a β' + d b,  RSS = a² RSS' + 2ad g + d² |r|²
 * </pre>
 * The last line is |a(I-H)Wy' + d(I-H)w|² expanded; computing |r|² from the vector r (not as
 * {@code n - wᵀHw}) keeps it exact to rounding. When the design spans the constant (nilearn designs
 * always carry one; taken as |r| ≤ 1e-10 |w|), r = 0 and g = 0 exactly and those terms are dropped: the
 * residuals then do not depend on the baseline d, and computing g as a difference would cost precision
 * in proportion to d. C here and {@link #covariance}, the unscaled covariance of the design's own
 * whitened columns that contrasts use, are those {@link GlmFit} computes (its Householder QR, fitted to
 * a zero probe).
 */
final class WhitenedDesign {

    /** w is taken to lie in the span of X* when |r| ≤ this × |w|. */
    private static final double SPAN_TOLERANCE = 1e-10;

    final double rho;
    final double[][] covariance;
    private final DesignBasis basis;
    private final double[][] basisCovariance;
    final double[] b;
    final double[] r;
    final double rr;
    final boolean spansConstant;
    private final double[] lastRow;
    private final int p;

    WhitenedDesign(DesignBasis basis, double rho) {
        this.rho = rho;
        this.basis = basis;
        covariance = covarianceOf(whiten(basis.design.values(), rho), basis.design);
        DesignMatrix design = basis.basis;
        int n = design.scans();
        p = design.columns();
        double[][] x = design.values();
        DMatrixRMaj augmented = new DMatrixRMaj(n, p + 1);
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < p; j++) {
                augmented.set(t, j, x[t][j]);
            }
            augmented.set(t, p, 1);
        }
        DMatrixRMaj white = Ar1.whiten(augmented, rho);
        double[][] xs = new double[n][p];
        double[] w = new double[n];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < p; j++) {
                xs[t][j] = white.get(t, j);
            }
            w[t] = white.get(t, p);
        }
        basisCovariance = covarianceOf(xs, design);
        double[] xw = new double[p];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < p; j++) {
                xw[j] += xs[t][j] * w[t];
            }
        }
        b = times(basisCovariance, xw);
        r = new double[n];
        double s = 0;
        for (int t = 0; t < n; t++) {
            double fitted = 0;
            for (int j = 0; j < p; j++) {
                fitted += xs[t][j] * b[j];
            }
            r[t] = w[t] - fitted;
            s += r[t] * r[t];
        }
        rr = s;
        double ww = 0;
        for (double value : w) {
            ww += value * value;
        }
        spansConstant = rr <= SPAN_TOLERANCE * SPAN_TOLERANCE * ww;
        lastRow = x[n - 1];
    }

    /**
     * Fits voxel v: writes the p betas of the scaled series over the design's columns to {@code beta}, the
     * betas of the shifted series y' over the basis to {@code shiftedBeta}, and returns {RSS, g} (RSS of
     * the scaled series, clamped at 0).
     */
    double[] fit(SufficientStatistics s, int v, SignalScaling scaling, double[] beta, double[] shiftedBeta) {
        int o = s.offset(v);
        double[] xy = new double[p];
        double yy = s.squares[v];
        double wy = s.sum[v];
        if (rho == 0) {
            System.arraycopy(s.xy, o, xy, 0, p);
        } else {
            double lastY = s.last[v];
            for (int j = 0; j < p; j++) {
                xy[j] = s.xy[o + j] - rho * (s.xPreviousY[o + j] + s.xNextY[o + j])
                        + rho * rho * (s.xy[o + j] - lastRow[j] * lastY);
            }
            yy = s.squares[v] - 2 * rho * s.lagged[v] + rho * rho * (s.squares[v] - lastY * lastY);
            wy = (1 - rho) * (s.sum[v] - rho * (s.sum[v] - lastY));
        }
        double[] shifted = times(basisCovariance, xy);
        System.arraycopy(shifted, 0, shiftedBeta, 0, p);
        double explained = 0;
        double projected = 0;
        for (int j = 0; j < p; j++) {
            explained += shifted[j] * xy[j];
            projected += b[j] * xy[j];
        }
        double a = scaling.scale();
        double d = scaling.shift();
        double[] scaled = new double[p];
        for (int j = 0; j < p; j++) {
            scaled[j] = a * shifted[j] + d * b[j];
        }
        basis.toDesign(scaled, beta);
        double own = a * a * (yy - explained);
        if (spansConstant) {
            return new double[] {Math.max(own, 0), 0};
        }
        double g = wy - projected;
        double rss = own + 2 * a * d * g + d * d * rr;
        return new double[] {Math.max(rss, 0), g};
    }

    private static double[][] whiten(double[][] x, double rho) {
        DMatrixRMaj white = Ar1.whiten(new DMatrixRMaj(x), rho);
        double[][] out = new double[x.length][x[0].length];
        for (int t = 0; t < x.length; t++) {
            for (int j = 0; j < out[t].length; j++) {
                out[t][j] = white.get(t, j);
            }
        }
        return out;
    }

    /** The unscaled covariance GlmFit reports for the columns {@code x}, named as {@code like}'s. */
    private static double[][] covarianceOf(double[][] x, DesignMatrix like) {
        DesignMatrix d = new DesignMatrix(like.frameTimes(), like.names(), x, List.of());
        return GlmFit.fit(d, new double[x.length][1], GlmConfig.OLS).covariance(0);
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += m[i][j] * v[j];
            }
        }
        return out;
    }
}
