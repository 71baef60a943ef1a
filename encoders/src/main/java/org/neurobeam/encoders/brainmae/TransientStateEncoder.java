package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * BrainMAE's transient state encoder (Yang et al. 2024), static-graph variant: each ROI's time course inside a
 * segment becomes a token (linear projection of its frames plus a projection of the ROI's learnable embedding,
 * which plays the part of a word embedding); ROIs hidden by the mask get a learnable mask token instead of their
 * signal; then {@link RoiGraphAttention} blocks re-express every ROI from the others.
 *
 * <p>Inputs: segments {@code (B, S, N, L)}, visibility {@code (B, S, N)}. Output: ROI tokens {@code (B, S, N, d)}.
 */
final class TransientStateEncoder extends AbstractBlock {

    private final int modelSize;
    private final Shape embeddingShape;
    private final Parameter roiEmbeddings;
    private final Parameter maskToken;
    private final Block signalProjection;
    private final Block embeddingProjection;
    private final List<RoiGraphAttention> graphBlocks = new ArrayList<>();

    TransientStateEncoder(BrainMaeConfig config) {
        super((byte) 1);
        this.modelSize = config.modelSize();
        this.embeddingShape = new Shape(config.regions(), config.roiEmbeddingSize());
        // Type OTHER keeps these initialisers: trainers re-initialise WEIGHT parameters with their own.
        roiEmbeddings = addParameter(Parameter.builder().setName("roiEmbeddings").setType(Parameter.Type.OTHER)
                .optShape(embeddingShape)
                .optInitializer(new NormalInitializer(1f)).build());
        maskToken = addParameter(Parameter.builder().setName("maskToken").setType(Parameter.Type.OTHER)
                .optShape(new Shape(modelSize)).optInitializer(new NormalInitializer(0.02f)).build());
        signalProjection = addChildBlock("signalProjection", Linear.builder().setUnits(modelSize).build());
        embeddingProjection = addChildBlock("embeddingProjection", Linear.builder().setUnits(modelSize).build());
        for (int i = 0; i < config.graphBlocks(); i++) {
            graphBlocks.add(addChildBlock("graph" + i, new RoiGraphAttention(config)));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray segments = inputs.get(0);
        NDArray visible = inputs.get(1);
        // Results of operations join the first operand's manager: starting from the batch's arrays keeps every
        // intermediate of this forward pass in the batch's scope, not in the parameters' long-lived one.
        NDArray embeddings = segments.getManager().zeros(embeddingShape)
                .add(store.getValue(roiEmbeddings, segments.getDevice(), training));
        NDArray mask = store.getValue(maskToken, segments.getDevice(), training);
        NDArray shown = visible.expandDims(3);
        NDArray signal = signalProjection.forward(store, new NDList(segments), training).singletonOrThrow();
        NDArray identity = embeddingProjection.forward(store, new NDList(embeddings), training).singletonOrThrow();
        NDArray tokens = signal.mul(shown).add(shown.sub(1).neg().mul(mask)).add(identity);
        for (RoiGraphAttention block : graphBlocks) {
            tokens = block.forward(store, new NDList(tokens, embeddings), training).singletonOrThrow();
        }
        return new NDList(tokens);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0].slice(0, 3).add(modelSize)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputs) {
        Shape segments = inputs[0];
        Shape tokens = getOutputShapes(inputs)[0];
        signalProjection.initialize(manager, dataType, segments);
        embeddingProjection.initialize(manager, dataType, embeddingShape);
        for (RoiGraphAttention block : graphBlocks) {
            block.initialize(manager, dataType, tokens, embeddingShape);
        }
    }
}
