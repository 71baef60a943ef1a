package org.neurobeam.encoders.brainmae;

import org.neurobeam.ingest.Checks;

/**
 * Hyper-parameters of BrainMAE (Yang, Mao, Liu &amp; Liu 2024, arXiv 2406.17086), serialised into the
 * checkpoint's {@code config.json}. The paper's sizes were not retrievable (research notes models.md §1.3,
 * §7.4); {@link #mini(int)} is the notes' CPU-sized configuration (§1.7), about 100 k parameters.
 *
 * @param regions          number of ROIs N the model was built for (its ROI embedding table has N rows)
 * @param segmentLength    frames per non-overlapping temporal segment (15 s ≈ 20 frames at TR 0.72 s)
 * @param roiEmbeddingSize size of each learnable ROI embedding
 * @param modelSize        width of ROI tokens, segment tokens and the decoder
 * @param graphBlocks      embedding-informed graph-attention blocks of the transient state encoder
 * @param temporalLayers   Transformer layers over the segment tokens
 * @param heads            attention heads, in the graph blocks and in the temporal layers
 * @param hiddenSize       width of every feed-forward sub-layer
 * @param maskRatioMin     lower end of the per-sample mask ratio drawn uniformly during pre-training
 * @param maskRatioMax     upper end of that ratio (the paper's 0.8)
 * @param maskedWeight     weight λ of the masked-entry MSE; the visible entries get 1 − λ (paper: 0.75)
 */
public record BrainMaeConfig(
        int regions,
        int segmentLength,
        int roiEmbeddingSize,
        int modelSize,
        int graphBlocks,
        int temporalLayers,
        int heads,
        int hiddenSize,
        double maskRatioMin,
        double maskRatioMax,
        double maskedWeight) {

    /** Model name in checkpoints and in {@code ModelCard}. */
    public static final String MODEL_NAME = "brainmae";

    public BrainMaeConfig {
        Checks.argument(regions >= 2, "regions", "expected at least 2 ROIs, got %d", regions);
        Checks.argument(segmentLength >= 1, "segmentLength", "expected at least 1 frame, got %d", segmentLength);
        Checks.argument(roiEmbeddingSize >= 1, "roiEmbeddingSize", "expected >= 1, got %d", roiEmbeddingSize);
        Checks.argument(heads >= 1, "heads", "expected >= 1, got %d", heads);
        Checks.argument(modelSize >= 1 && modelSize % heads == 0, "modelSize",
                "expected a positive multiple of heads (%d), got %d", heads, modelSize);
        Checks.argument(roiEmbeddingSize % heads == 0, "roiEmbeddingSize",
                "expected a multiple of heads (%d), got %d", heads, roiEmbeddingSize);
        Checks.argument(graphBlocks >= 1, "graphBlocks", "expected >= 1, got %d", graphBlocks);
        Checks.argument(temporalLayers >= 1, "temporalLayers", "expected >= 1, got %d", temporalLayers);
        Checks.argument(hiddenSize >= 1, "hiddenSize", "expected >= 1, got %d", hiddenSize);
        Checks.argument(maskRatioMin >= 0 && maskRatioMin <= maskRatioMax && maskRatioMax < 1, "maskRatioMax",
                "expected 0 <= maskRatioMin <= maskRatioMax < 1, got [%s, %s]", maskRatioMin, maskRatioMax);
        Checks.argument(maskedWeight >= 0 && maskedWeight <= 1, "maskedWeight",
                "expected a weight in [0, 1], got %s", maskedWeight);
    }

    /**
     * The notes' CPU configuration for {@code regions} ROIs: 16-frame segments, 32-wide ROI embeddings,
     * two graph blocks and two temporal layers of width 64 with 4 heads, feed-forward 128, mask ratio
     * U(0, 0.8), λ = 0.75.
     */
    public static BrainMaeConfig mini(int regions) {
        return new BrainMaeConfig(regions, 16, 32, 64, 2, 2, 4, 128, 0.0, 0.8, 0.75);
    }
}
