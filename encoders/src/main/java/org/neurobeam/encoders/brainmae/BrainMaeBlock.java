package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * BrainMAE (Yang, Mao, Liu &amp; Liu 2024, arXiv 2406.17086) as one DJL block: the {@link TransientStateEncoder}
 * turns each segment's ROI time courses into ROI tokens, their mean over ROIs is the segment token, a stack of
 * {@link TemporalEncoderLayer}s with sinusoidal segment positions relates the segments, and the
 * {@link SegmentDecoder} reconstructs every ROI's frames for the masked-autoencoder objective.
 *
 * <p>Inputs: z-scored segments {@code (B, S, N, L)} and visibility {@code (B, S, N)} (1 = visible, 0 = masked;
 * all ones at inference). Outputs: reconstruction {@code (B, S, N, L)}, segment embeddings {@code (B, S, d)} and
 * the state encoder's ROI tokens {@code (B, S, N, d)}.
 */
public final class BrainMaeBlock extends AbstractBlock {

    private final BrainMaeConfig config;
    private final TransientStateEncoder stateEncoder;
    private final List<TemporalEncoderLayer> temporalLayers = new ArrayList<>();
    private final Block finalNorm;
    private final SegmentDecoder decoder;

    /** An uninitialised BrainMAE for {@code config}. */
    public BrainMaeBlock(BrainMaeConfig config) {
        super((byte) 1);
        this.config = config;
        stateEncoder = addChildBlock("stateEncoder", new TransientStateEncoder(config));
        for (int i = 0; i < config.temporalLayers(); i++) {
            temporalLayers.add(addChildBlock("temporal" + i, new TemporalEncoderLayer(config)));
        }
        finalNorm = addChildBlock("finalNorm", LayerNorm.builder().axis(2).build());
        decoder = addChildBlock("decoder", new SegmentDecoder(config));
        // Glorot-uniform weights (Glorot & Bengio 2010): DJL's default He-scaled Gaussian makes the residual
        // stacks start with outputs several times the data's scale.
        setInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM,
                XavierInitializer.FactorType.AVG, 3), Parameter.Type.WEIGHT);
    }

    /** The configuration this block was built from. */
    public BrainMaeConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray tokens = stateEncoder.forward(store, inputs, training).singletonOrThrow();
        NDArray segments = tokens.mean(new int[] {2});
        Shape shape = segments.getShape();
        segments = segments.add(SinusoidalPositions.of(segments.getManager(), shape.get(1), shape.get(2)));
        for (TemporalEncoderLayer layer : temporalLayers) {
            segments = layer.forward(store, new NDList(segments), training).singletonOrThrow();
        }
        NDArray states = finalNorm.forward(store, new NDList(segments), training).singletonOrThrow();
        NDArray reconstruction = decoder.forward(store, new NDList(tokens, states), training).singletonOrThrow();
        return new NDList(reconstruction, states, tokens);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        Shape segments = inputs[0];
        return new Shape[] {segments, segments.slice(0, 2).add(config.modelSize()),
            segments.slice(0, 3).add(config.modelSize())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputs) {
        stateEncoder.initialize(manager, dataType, inputs);
        Shape tokens = stateEncoder.getOutputShapes(inputs)[0];
        Shape segments = getOutputShapes(inputs)[1];
        for (TemporalEncoderLayer layer : temporalLayers) {
            layer.initialize(manager, dataType, segments);
        }
        finalNorm.initialize(manager, dataType, segments);
        decoder.initialize(manager, dataType, tokens, segments);
    }
}
