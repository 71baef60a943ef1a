package org.neurobeam.connectome.glm;

import org.ejml.data.DMatrixRMaj;

/**
 * The AR(1) pieces of nilearn's {@code run_glm} (nilearn ≥ 0.9): the lag-1 Yule-Walker coefficient of
 * residuals as {@code _yule_walker(x, 1)} computes it, with autocovariances divided by {@code n - k}:
 * {@code ρ = [Σ y_t y_{t+1} / (n - 1)] / [Σ y_t² / n]}, y the demeaned residuals; its truncation to a
 * multiple of 1/bins; and {@code ARModel.whiten}: row 0 kept, row t replaced by {@code x_t - ρ x_{t-1}}
 * (no Prais-Winsten scaling of the first row; statsmodels' GLSAR drops it instead). nilearn subtracts
 * the grand mean of the whole residual array, this the unit's own mean: identical whenever the design
 * has a constant column (residual means are then 0).
 */
public final class Ar1 {

    private Ar1() {
    }

    /** The lag-1 Yule-Walker coefficient of one residual series (0 for a constant series). */
    public static double yuleWalker(double[] residuals) {
        int n = residuals.length;
        double mean = 0;
        for (double r : residuals) {
            mean += r / n;
        }
        double r0 = 0;
        double r1 = 0;
        for (int t = 0; t < n; t++) {
            double y = residuals[t] - mean;
            r0 += y * y;
            if (t + 1 < n) {
                r1 += y * (residuals[t + 1] - mean);
            }
        }
        return r0 == 0 ? 0 : (r1 / (n - 1)) / (r0 / n);
    }

    /** nilearn's {@code (ar1 * bins).astype(int) / bins}: the bin index, truncated toward zero. */
    public static int bin(double rho, int bins) {
        return (int) (rho * bins);
    }

    /** The whitened copy of the {@code n × k} matrix for coefficient {@code rho}. */
    public static DMatrixRMaj whiten(DMatrixRMaj m, double rho) {
        DMatrixRMaj out = m.copy();
        for (int t = 1; t < m.numRows; t++) {
            for (int c = 0; c < m.numCols; c++) {
                out.set(t, c, m.get(t, c) - rho * m.get(t - 1, c));
            }
        }
        return out;
    }
}
