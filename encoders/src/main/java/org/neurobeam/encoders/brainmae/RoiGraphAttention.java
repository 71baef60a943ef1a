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
 * mixes the ROIs' own segment tokens, so each ROI is re-expressed from the other ROIs. ROIs hidden by the
 * pre-training mask are never attended to. The values are linear maps of the
 * ROI tokens themselves, not layer-normalised: the amplitude of a neighbour's signal is what a hidden ROI is
 * rebuilt from. A residual connection and a pre-norm feed-forward sub-layer follow.
 *
 * <p>Inputs: tokens {@code (B, S, N, d)}, ROI embeddings {@code (N, e)}, visibility {@code (B, S, N)} (1 =
 * visible). Output: tokens {@code (B, S, N, d)}.
 */
final class RoiGraphAttention extends AbstractBlock {

    /** Keeps the normalisation defined for a row with nothing to attend to. */
    private static final float TINY = 1e-12f;

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

    /** Scaled dot products {@code (heads, N, N)} of the projected ROI embeddings: the logits of the ROI graph. */
    NDArray logits(ParameterStore store, NDArray embeddings, boolean training) {
        NDArray q = headsFirst(query.forward(store, new NDList(embeddings), training).singletonOrThrow());
        NDArray k = headsFirst(key.forward(store, new NDList(embeddings), training).singletonOrThrow());
        return q.matMul(k.transpose(0, 2, 1)).div(Math.sqrt(q.getShape().get(2)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        NDArray embeddings = inputs.get(1);
        NDArray visible = inputs.get(2);
        Shape shape = tokens.getShape();
        long b = shape.get(0);
        long s = shape.get(1);
        long n = shape.get(2);
        NDArray logits = logits(store, embeddings, training);
        // Softmax over the kept entries only (other ROIs that are visible): exp(logit − row max) times a 0/1
        // keep mask, renormalised; a row with nothing to keep gets zero weights, i.e. no mixing. The row max
        // only guards exp against overflow and cancels out, so it is kept out of the gradient.
        NDArray keep = tokens.getManager().eye((int) n).neg().add(1).mul(visible.reshape(b, s, 1, 1, n));
        NDArray scores = logits.sub(logits.max(new int[] {2}, true).stopGradient()).exp().mul(keep);
        NDArray weights = scores.div(scores.sum(new int[] {4}, true).add(TINY));
        NDArray values = value.forward(store, new NDList(tokens), training).singletonOrThrow()
                .reshape(b, s, n, heads, modelSize / heads).transpose(0, 1, 3, 2, 4);
        NDArray mixed = weights.matMul(values).transpose(0, 1, 3, 2, 4).reshape(b, s, n, modelSize);
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
