package org.neurobeam.encoders.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * The optimiser: Adam (Kingma and Ba 2015; weight decay added to the gradient as in {@code torch.optim.Adam}) or
 * AdamW (Loshchilov and Hutter 2019; decoupled weight decay), both DJL's.
 */
public enum OptimizerKind {
    ADAM, ADAMW;

    Optimizer build(Tracker learningRate, float weightDecay) {
        return switch (this) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(learningRate).optWeightDecays(weightDecay).build();
            case ADAMW -> Optimizer.adamW().optLearningRateTracker(learningRate).optWeightDecays(weightDecay).build();
        };
    }
}
