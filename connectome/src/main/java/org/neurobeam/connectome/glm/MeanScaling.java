package org.neurobeam.connectome.glm;

/**
 * nilearn's {@code FirstLevelModel(signal_scaling=0)} ({@code mean_scaling}): every unit (column) to
 * percent of its temporal mean, {@code 100 (y / max(mean, 1) - 1)}. As in nilearn a mean below 1 (e.g.
 * centred data) is replaced by 1, so such columns are only shifted and multiplied by 100; SPM instead
 * scales the whole run to a grand mean of 100.
 */
public final class MeanScaling {

    private MeanScaling() {
    }

    /** A scaled copy of {@code y} ({@code [time][unit]}, finite). */
    public static double[][] percentOfMean(double[][] y) {
        int units = Glm.checkMatrix(y, y.length, "signals");
        double[] mean = new double[units];
        for (double[] row : y) {
            for (int u = 0; u < units; u++) {
                mean[u] += row[u] / y.length;
            }
        }
        double[][] out = new double[y.length][units];
        for (int t = 0; t < y.length; t++) {
            for (int u = 0; u < units; u++) {
                out[t][u] = 100 * (y[t][u] / Math.max(mean[u], 1) - 1);
            }
        }
        return out;
    }
}
