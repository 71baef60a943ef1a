package org.neurobeam.encoders.brainmae;

import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/** The position-wise feed-forward sub-layer of a Transformer (Vaswani et al. 2017): Linear → GELU → Linear. */
final class FeedForward {

    private FeedForward() {
    }

    /** A block mapping the last axis of width {@code outputSize} through a GELU layer of {@code hiddenSize}. */
    static SequentialBlock of(int hiddenSize, int outputSize) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(hiddenSize).build())
                .add(Activation::gelu)
                .add(Linear.builder().setUnits(outputSize).build());
    }
}
