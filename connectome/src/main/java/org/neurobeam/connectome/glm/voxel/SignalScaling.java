package org.neurobeam.connectome.glm.voxel;

/**
 * The affine map {@code y = scale · y' + shift · 1} from a voxel's shifted samples y' = raw - raw_0 to the
 * series that is fitted. Without scaling it is {@code (1, raw_0)}. With nilearn's mean scaling
 * ({@code 100 (raw / M - 1)}, M = max(mean, 1), {@link org.neurobeam.connectome.glm.MeanScaling}) it is
 * {@code (100 / M, 100 (raw_0 / M - 1))} since raw = y' + raw_0, and the mean itself comes from the sums:
 * {@code mean = raw_0 + Σy' / n}. Every sum of the fitted series thus follows from the sums of y' after
 * the pass, which is why scaling needs no second read.
 *
 * @param scale multiplies y'
 * @param shift added to every sample
 */
record SignalScaling(double scale, double shift) {

    /** The scaling of voxel v of {@code s}. */
    static SignalScaling of(SufficientStatistics s, int v, boolean meanScaling) {
        double first = s.first[v];
        if (!meanScaling) {
            return new SignalScaling(1, first);
        }
        double mean = Math.max(first + s.sum[v] / s.scans(), 1);
        return new SignalScaling(100 / mean, 100 * (first / mean - 1));
    }
}
