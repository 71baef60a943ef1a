package org.neurobeam.encoders.brainmae;

import java.util.SplittableRandom;

/**
 * BrainMAE's segment-wise ROI masking (Yang et al. 2024): each sample draws its own mask ratio r uniformly in
 * [{@code maskRatioMin}, {@code maskRatioMax}], and inside every segment a fresh random subset of round(r·N)
 * ROIs has its whole time course hidden. At least one ROI of each segment stays visible. Drawn in Java from a
 * seeded generator so that training is reproducible.
 */
public final class SegmentMasking {

    private final int regions;
    private final double ratioMin;
    private final double ratioMax;

    /** Masking with the mask-ratio range of {@code config}. */
    public SegmentMasking(BrainMaeConfig config) {
        this(config.regions(), config.maskRatioMin(), config.maskRatioMax());
    }

    /** Masking of {@code regions} ROIs with a per-sample ratio drawn in [{@code ratioMin}, {@code ratioMax}]. */
    public SegmentMasking(int regions, double ratioMin, double ratioMax) {
        this.regions = regions;
        this.ratioMin = ratioMin;
        this.ratioMax = ratioMax;
    }

    /**
     * Visibility flags {@code (samples, segments, regions)} flattened in that order: 1 visible, 0 masked.
     */
    public float[] draw(int samples, int segments, SplittableRandom random) {
        float[] visible = new float[samples * segments * regions];
        int[] order = new int[regions];
        for (int b = 0; b < samples; b++) {
            double ratio = ratioMin + (ratioMax - ratioMin) * random.nextDouble();
            int masked = Math.min(regions - 1, (int) Math.round(ratio * regions));
            for (int s = 0; s < segments; s++) {
                int offset = (b * segments + s) * regions;
                java.util.Arrays.fill(visible, offset, offset + regions, 1f);
                for (int i = 0; i < regions; i++) {
                    order[i] = i;
                }
                for (int i = 0; i < masked; i++) {
                    int j = i + random.nextInt(regions - i);
                    int chosen = order[j];
                    order[j] = order[i];
                    order[i] = chosen;
                    visible[offset + chosen] = 0f;
                }
            }
        }
        return visible;
    }
}
