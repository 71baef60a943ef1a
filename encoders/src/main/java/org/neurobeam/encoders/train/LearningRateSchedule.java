package org.neurobeam.encoders.train;

import ai.djl.training.tracker.Tracker;
import java.util.stream.IntStream;

/**
 * How the learning rate moves over the optimiser steps after an optional linear warm-up (DJL trackers):
 * constant; cosine decay to zero over the remaining steps (Loshchilov and Hutter 2017, without restarts); or
 * multiplied by {@code stepFactor} every {@code stepEpochs} epochs.
 */
public enum LearningRateSchedule {
    CONSTANT, COSINE, STEP;

    /** The tracker for {@code options} when an epoch has {@code stepsPerEpoch} optimiser steps. */
    Tracker tracker(TrainingOptions options, int stepsPerEpoch) {
        float rate = (float) options.learningRate();
        int warmUp = options.warmupEpochs() * stepsPerEpoch;
        int total = Math.max(1, options.epochs() * stepsPerEpoch - warmUp);
        Tracker main = switch (this) {
            case CONSTANT -> Tracker.fixed(rate);
            case COSINE -> Tracker.cosine().setBaseValue(rate).optFinalValue(0f).setMaxUpdates(total).build();
            case STEP -> {
                int every = options.stepEpochs() * stepsPerEpoch;
                int[] steps = IntStream.iterate(every, s -> s < total, s -> s + every).toArray();
                yield steps.length == 0 ? Tracker.fixed(rate) : Tracker.multiFactor().setBaseValue(rate)
                        .setSteps(steps).optFactor((float) options.stepFactor()).build();
            }
        };
        return warmUp == 0 ? main
                : Tracker.warmUp().setMainTracker(main).optWarmUpSteps(warmUp).optWarmUpBeginValue(0f).build();
    }
}
