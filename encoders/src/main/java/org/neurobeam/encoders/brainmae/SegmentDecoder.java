package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * BrainMAE's light pre-training decoder: every ROI token of a segment, plus a projection of that segment's
 * temporal-encoder state, goes through one GELU layer (no layer norm: it would discard the signal's amplitude)
 * and is read out as the ROI's {@code L} frames in the segment. The paper's decoder size was not retrievable
 * (models.md §1.3); one layer follows the notes' mini configuration (§1.7).
 *
 * <p>Inputs: ROI tokens {@code (B, S, N, d)}, segment states {@code (B, S, d)}. Output: reconstruction
 * {@code (B, S, N, L)}.
 */
final class SegmentDecoder extends AbstractBlock {

    private final int segmentLength;
    private final Block context;
    private final Block readout;

    SegmentDecoder(BrainMaeConfig config) {
        super((byte) 1);
        this.segmentLength = config.segmentLength();
        context = addChildBlock("context", Linear.builder().setUnits(config.modelSize()).build());
        readout = addChildBlock("readout", FeedForward.of(config.modelSize(), segmentLength));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        NDArray states = context.forward(store, new NDList(inputs.get(1)), training).singletonOrThrow();
        return readout.forward(store, new NDList(tokens.add(states.expandDims(2))), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0].slice(0, 3).add(segmentLength)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputs) {
        context.initialize(manager, dataType, inputs[1]);
        readout.initialize(manager, dataType, inputs[0]);
    }
}
