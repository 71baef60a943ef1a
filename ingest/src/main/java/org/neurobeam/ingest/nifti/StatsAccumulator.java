package org.neurobeam.ingest.nifti;

/**
 * Accumulates {@link NiftiStats} over chunks of values. The sum is compensated (Neumaier), so it
 * agrees with numpy's pairwise sum to well within the 1e-12 relative tolerance of the references.
 */
final class StatsAccumulator {

    private double sum;
    private double compensation;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long nan;
    private long inf;
    private long finite;

    void add(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                nan++;
            } else if (Double.isInfinite(v)) {
                inf++;
            } else {
                finite++;
                double t = sum + v;
                compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
    }

    NiftiStats result() {
        double total = sum + compensation;
        if (finite == 0) {
            return new NiftiStats(0, Double.NaN, Double.NaN, Double.NaN, nan, inf, 0);
        }
        return new NiftiStats(total, total / finite, min, max, nan, inf, finite);
    }
}
