package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.transformer.ScaledDotProductAttentionBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-norm Transformer encoder layer (Vaswani et al. 2017; pre-norm as Xiong et al. 2020) over BrainMAE's
 * segment tokens {@code (B, S, d)}: multi-head self-attention across segments, then a feed-forward sub-layer,
 * each with a residual connection, without dropout; PyTorch's {@code nn.TransformerEncoderLayer(norm_first=True,
 * activation="gelu", dropout=0)}. DJL's own {@code TransformerEncoderBlock} normalises with batch norm, which
 * would make an embedding depend on the other recordings in its batch, hence this layer.
 */
final class TemporalEncoderLayer extends AbstractBlock {

    private final Block attentionNorm;
    private final Block attention;
    private final Block feedForwardNorm;
    private final Block feedForward;

    TemporalEncoderLayer(BrainMaeConfig config) {
        super((byte) 1);
        attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
        attention = addChildBlock("attention", ScaledDotProductAttentionBlock.builder()
                .setEmbeddingSize(config.modelSize()).setHeadCount(config.heads()).optAttentionProbsDropoutProb(0)
                .build());
        feedForwardNorm = addChildBlock("feedForwardNorm", LayerNorm.builder().axis(2).build());
        feedForward = addChildBlock("feedForward", FeedForward.of(config.hiddenSize(), config.modelSize()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray tokens = inputs.singletonOrThrow();
        NDList normed = attentionNorm.forward(store, new NDList(tokens), training);
        NDArray attended = tokens.add(attention.forward(store, normed, training).singletonOrThrow());
        NDList normedAgain = feedForwardNorm.forward(store, new NDList(attended), training);
        return new NDList(attended.add(feedForward.forward(store, normedAgain, training).singletonOrThrow()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputs) {
        for (Block child : new Block[] {attentionNorm, attention, feedForwardNorm, feedForward}) {
            child.initialize(manager, dataType, inputs[0]);
        }
    }
}
