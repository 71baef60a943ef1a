package org.neurobeam.connectome.glm.voxel;

/**
 * Per-voxel sums that determine the OLS and AR(1) fits of one design, accumulated volume by volume in
 * one forward pass (the "computing shifted data" form of the textbook sums): every voxel's series is
 * shifted by its first sample, {@code y'_t = y_t - y_0}, so the sums stay on the scale of the signal's
 * fluctuations instead of its baseline and the differences taken later do not cancel catastrophically.
 * Since {@code y'_0 = 0}, sums over t ≥ 0 and t ≥ 1 coincide where noted.
 *
 * <p>Per voxel v, with p design columns and x_t the design row of volume t (rows of the orthonormal
 * {@link DesignBasis} in practice):
 * <ul>
 *   <li>{@code first} = y_0, {@code sum} = Σ y'_t, {@code squares} = Σ y'_t², {@code xy} = Σ x_t y'_t;</li>
 *   <li>with lags (AR(1)) also {@code xPreviousY} = Σ_{t≥1} x_{t-1} y'_t, {@code xNextY} = Σ_{t≥1} x_t y'_{t-1},
 *       {@code lagged} = Σ_{t≥1} y'_t y'_{t-1} and {@code last}, which holds y'_{t-1} while streaming and
 *       y'_{n-1} at the end.</li>
 * </ul>
 * Memory: {@code 8 (p + 3)} bytes per voxel without lags (OLS), {@code 8 (3p + 5)} with them (AR(1)),
 * never per volume. A non-finite sample makes {@code squares} non-finite (as does overflow), a constant
 * series leaves it exactly 0 (y'_t = y_t - y_0 is exact when equal).
 */
final class SufficientStatistics {

    private final double[][] x;
    private final int[] voxels;
    private final int p;
    private final boolean lags;
    final double[] first;
    final double[] sum;
    final double[] squares;
    final double[] xy;
    final double[] xPreviousY;
    final double[] xNextY;
    final double[] lagged;
    final double[] last;
    private int next;

    /**
     * Sums for the grid voxels {@code voxels} (indices into a volume, i fastest) against the design
     * rows {@code x} ({@code [scan][column]}); {@code lags} adds the lag-1 sums AR(1) needs.
     */
    SufficientStatistics(double[][] x, int[] voxels, boolean lags) {
        this.x = x;
        this.voxels = voxels;
        this.p = x[0].length;
        this.lags = lags;
        int m = voxels.length;
        first = new double[m];
        sum = new double[m];
        squares = new double[m];
        xy = new double[Math.multiplyExact(m, p)];
        xPreviousY = lags ? new double[m * p] : null;
        xNextY = lags ? new double[m * p] : null;
        lagged = lags ? new double[m] : null;
        last = lags ? new double[m] : null;
    }

    int voxels() {
        return voxels.length;
    }

    int scans() {
        return x.length;
    }

    boolean hasLags() {
        return lags;
    }

    /** Adds the next volume (volumes must come in order 0, 1, ..., n - 1). */
    void add(double[] volume) {
        int t = next++;
        if (t == 0) {
            for (int v = 0; v < voxels.length; v++) {
                first[v] = volume[voxels[v]];
            }
            return; // y'_0 = 0 contributes to no sum
        }
        double[] row = x[t];
        double[] previous = x[t - 1];
        for (int v = 0; v < voxels.length; v++) {
            double y = volume[voxels[v]] - first[v];
            sum[v] += y;
            squares[v] += y * y;
            int base = v * p;
            for (int j = 0; j < p; j++) {
                xy[base + j] += row[j] * y;
            }
            if (lags) {
                double before = last[v];
                lagged[v] += y * before;
                for (int j = 0; j < p; j++) {
                    xPreviousY[base + j] += previous[j] * y;
                    xNextY[base + j] += row[j] * before;
                }
                last[v] = y;
            }
        }
    }

    /** Whether voxel v's series is all finite (its sum of squares is; overflow counts as non-finite). */
    boolean finite(int v) {
        return Double.isFinite(squares[v]) && Double.isFinite(first[v]);
    }

    /** Whether voxel v's series is constant (zero variance). */
    boolean constant(int v) {
        return squares[v] == 0;
    }

    /** Offset of voxel v's p values in {@link #xy}, {@link #xPreviousY}, {@link #xNextY}. */
    int offset(int v) {
        return v * p;
    }
}
