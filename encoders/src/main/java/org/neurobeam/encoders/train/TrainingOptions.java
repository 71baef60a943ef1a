package org.neurobeam.encoders.train;

import org.neurobeam.ingest.Checks;

/**
 * How to train: optimiser, learning rate and its schedule ({@code warmupEpochs} of linear warm-up; for
 * {@link LearningRateSchedule#STEP}, a factor {@code stepFactor} every {@code stepEpochs}), at most
 * {@code epochs} epochs of mini-batches of {@code batchSize}, a random {@code validationFraction} of the samples
 * held out, early stopping after {@code patience} epochs without a better validation loss (training loss when
 * nothing is held out) and the seed of every random choice.
 */
public record TrainingOptions(OptimizerKind optimizer, double learningRate, double weightDecay,
        LearningRateSchedule schedule, int warmupEpochs, int stepEpochs, double stepFactor, int epochs,
        int batchSize, double validationFraction, int patience, long seed) {

    public TrainingOptions {
        Checks.argument(optimizer != null, "optimizer", "required");
        Checks.positive(learningRate, "learningRate");
        Checks.argument(weightDecay >= 0 && Double.isFinite(weightDecay), "weightDecay",
                "expected >= 0, got %s", weightDecay);
        Checks.argument(schedule != null, "schedule", "required");
        Checks.argument(epochs >= 1, "epochs", "expected >= 1, got %d", epochs);
        Checks.argument(warmupEpochs >= 0 && warmupEpochs < epochs, "warmupEpochs",
                "expected in [0, epochs = %d), got %d", epochs, warmupEpochs);
        Checks.argument(stepEpochs >= 1, "stepEpochs", "expected >= 1, got %d", stepEpochs);
        Checks.argument(stepFactor > 0 && stepFactor <= 1, "stepFactor", "expected in (0, 1], got %s", stepFactor);
        Checks.argument(batchSize >= 1, "batchSize", "expected >= 1, got %d", batchSize);
        Checks.argument(validationFraction >= 0 && validationFraction < 1, "validationFraction",
                "expected in [0, 1), got %s", validationFraction);
        Checks.argument(patience >= 1, "patience", "expected >= 1, got %d", patience);
    }

    /** Adam at 1e-3, constant rate, 100 epochs of batches of 64, 10 % validation, patience 20, seed 0. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(OptimizerKind.ADAM, 1e-3, 0, LearningRateSchedule.CONSTANT, 0, 1, 1, 100, 64,
                0.1, 20, 0);
    }

    public TrainingOptions withOptimizer(OptimizerKind kind, double rate, double decay) {
        return new TrainingOptions(kind, rate, decay, schedule, warmupEpochs, stepEpochs, stepFactor, epochs,
                batchSize, validationFraction, patience, seed);
    }

    public TrainingOptions withSchedule(LearningRateSchedule kind, int warmup, int every, double factor) {
        return new TrainingOptions(optimizer, learningRate, weightDecay, kind, warmup, every, factor, epochs,
                batchSize, validationFraction, patience, seed);
    }

    public TrainingOptions withEpochs(int maxEpochs, int batch, int earlyStoppingPatience) {
        return new TrainingOptions(optimizer, learningRate, weightDecay, schedule, warmupEpochs, stepEpochs,
                stepFactor, maxEpochs, batch, validationFraction, earlyStoppingPatience, seed);
    }

    public TrainingOptions withValidation(double fraction) {
        return new TrainingOptions(optimizer, learningRate, weightDecay, schedule, warmupEpochs, stepEpochs,
                stepFactor, epochs, batchSize, fraction, patience, seed);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(optimizer, learningRate, weightDecay, schedule, warmupEpochs, stepEpochs,
                stepFactor, epochs, batchSize, validationFraction, patience, newSeed);
    }
}
