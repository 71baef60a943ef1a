package org.neurobeam.encoders.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/** The model-specific part of training: the input shapes of its block and the loss of one mini-batch. */
public interface TrainingObjective {

    /** Shapes the block is initialised with (a batch of one). */
    Shape[] inputShapes();

    /**
     * The loss of {@code batch} (the arrays of a {@link SampleTable}, in its order, first axis = sample) with the
     * block's parameters from {@code parameters}; {@code training} is false for validation batches.
     */
    LossTerms loss(ParameterStore parameters, NDList batch, boolean training);
}
