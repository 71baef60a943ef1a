package org.neurobeam.connectome.ntf;

/**
 * Binned plug-in mutual information I = Σ p_xy log(p_xy / (p_x p_y)) in nats (Shannon 1948): each trace is cut
 * into B equal-width bins over its own range in the window, bin = min(B − 1, ⌊B (x − min)/(max − min)⌋), as
 * {@code sklearn.metrics.mutual_info_score} on those labels. The estimator is biased upwards by about
 * (B − 1)² / (2L) for independent traces (Miller 1955); no correction is applied. A trace constant in the
 * window falls into one bin and gives I = 0.
 */
public final class MutualInformation {

    private MutualInformation() {
    }

    /** I(x; y) over samples [start, start + length) of two equally long arrays. */
    public static double binned(double[] x, double[] y, int start, int length, int bins) {
        int[] bx = labels(x, start, length, bins);
        int[] by = labels(y, start, length, bins);
        double[][] joint = new double[bins][bins];
        double[] px = new double[bins];
        double[] py = new double[bins];
        for (int t = 0; t < length; t++) {
            joint[bx[t]][by[t]] += 1.0 / length;
            px[bx[t]] += 1.0 / length;
            py[by[t]] += 1.0 / length;
        }
        double mi = 0;
        for (int a = 0; a < bins; a++) {
            for (int b = 0; b < bins; b++) {
                if (joint[a][b] > 0) {
                    mi += joint[a][b] * Math.log(joint[a][b] / (px[a] * py[b]));
                }
            }
        }
        return Math.max(0, mi);
    }

    private static int[] labels(double[] x, int start, int length, int bins) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int t = start; t < start + length; t++) {
            min = Math.min(min, x[t]);
            max = Math.max(max, x[t]);
        }
        int[] labels = new int[length];
        for (int t = 0; t < length; t++) {
            labels[t] = max > min ? Math.min(bins - 1, (int) Math.floor(bins * (x[start + t] - min) / (max - min))) : 0;
        }
        return labels;
    }
}
