package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One embedding-informed graph-attention block of BrainMAE's transient state encoder (Yang et al. 2024,
 * "SG-TSE"): the ROI×ROI attention is a scaled dot product of projections of the learnable ROI embeddings
 * only — the same graph for every input, as a reviewer of the paper noted — with self-loops removed, and it
 * mixes the ROIs' own segment tokens, so each ROI is re-expressed from the other ROIs. A ROI hidden by the
 * pre-training mask takes part as the learned mask token (its signal never enters). The values are linear maps
 * of the tokens themselves, not layer-normalised: the amplitude of a neighbour's signal is what a hidden ROI is
 * rebuilt from. A residual connection and a pre-norm feed-forward sub-layer follow.
 *
 * <p>Inputs: tokens {@code (B, S, N, d)} and ROI embeddings {@code (N, e)}. Output: tokens {@code (B, S, N, d)}.
 */
final class RoiGraphAttention extends AbstractBlock {

    /** Subtracted from the diagonal logits: exp(−1e4) is exactly 0 in float, so self-loops get no weight. */
    private static final float EXCLUDED = 1e4f;

    private final int heads;
    private final int modelSize;
    private final Block query;
    private final Block key;
    private final Block value;
    private final Block output;
    private final Block feedForwardNorm;
    private final Block feedForward;

    RoiGraphAttention(BrainMaeConfig config) {
        super((byte) 1);
        this.heads = config.heads();
        this.modelSize = config.modelSize();
        query = addChildBlock("query", Linear.builder().setUnits(config.roiEmbeddingSize()).build());
        key = addChildBlock("key", Linear.builder().setUnits(config.roiEmbeddingSize()).build());
        value = addChildBlock("value", Linear.builder().setUnits(modelSize).build());
        output = addChildBlock("output", Linear.builder().setUnits(modelSize).build());
        feedForwardNorm = addChildBlock("feedForwardNorm", LayerNorm.builder().axis(3).build());
        feedForward = addChildBlock("feedForward", FeedForward.of(config.hiddenSize(), modelSize));
    }

    /**
     * The ROI graph {@code (heads, N, N)}: softmax over the other ROIs of the scaled dot products of the
     * projected ROI embeddings; the diagonal is excluded.
     */
    NDArray graph(ParameterStore store, NDArray embeddings, boolean training) {
        NDArray q = headsFirst(query.forward(store, new NDList(embeddings), training).singletonOrThrow());
        NDArray k = headsFirst(key.forward(store, new NDList(embeddings), training).singletonOrThrow());
        // The scale is a libtorch-owned scalar: DJL's div(Number) wraps a Java buffer that it releases right after
        // the call while autograd still holds it for the backward pass (sporadic NaN gradients).
        NDArray scale = embeddings.getManager().full(new Shape(), (float) (1 / Math.sqrt(q.getShape().get(2))));
        NDArray logits = q.matMul(k.transpose(0, 2, 1)).mul(scale);
        int regions = Math.toIntExact(embeddings.getShape().get(0));
        return logits.add(embeddings.getManager().eye(regions).mul(-EXCLUDED)).softmax(-1);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        NDArray embeddings = inputs.get(1);
        Shape shape = tokens.getShape();
        long b = shape.get(0);
        long s = shape.get(1);
        long n = shape.get(2);
        NDArray weights = graph(store, embeddings, training);
        // One (N × N) · (N × B·S·dh) product per head: the graph is shared by every sample and segment.
        long dh = modelSize / heads;
        NDArray values = value.forward(store, new NDList(tokens), training).singletonOrThrow()
                .reshape(b, s, n, heads, dh).transpose(3, 2, 0, 1, 4).reshape(heads, n, b * s * dh);
        NDArray mixed = weights.matMul(values).reshape(heads, n, b, s, dh).transpose(2, 3, 1, 0, 4)
                .reshape(b, s, n, modelSize);
        NDArray attended = tokens.add(output.forward(store, new NDList(mixed), training).singletonOrThrow());
        NDArray ff = feedForward.forward(store,
                feedForwardNorm.forward(store, new NDList(attended), training), training).singletonOrThrow();
        return new NDList(attended.add(ff));
    }

    private NDArray headsFirst(NDArray projected) {
        Shape shape = projected.getShape();
        return projected.reshape(shape.get(0), heads, shape.get(1) / heads).transpose(1, 0, 2);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputs) {
        Shape tokens = inputs[0];
        Shape embeddings = inputs[1];
        Shape width = tokens.slice(0, 3).add(modelSize);
        query.initialize(manager, dataType, embeddings);
        key.initialize(manager, dataType, embeddings);
        value.initialize(manager, dataType, tokens);
        output.initialize(manager, dataType, width);
        feedForwardNorm.initialize(manager, dataType, width);
        feedForward.initialize(manager, dataType, width);
    }
}
