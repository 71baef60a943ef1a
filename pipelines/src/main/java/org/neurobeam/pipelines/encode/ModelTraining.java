package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurobeam.encoders.train.TrainingOptions;
import picocli.CommandLine.Mixin;

/**
 * What every {@code train MODEL} command does around its model: read the shared flags, train, and map errors to
 * exit codes (2 bad usage, 1 the input could not be used or training failed, 0 saved).
 */
abstract class ModelTraining implements Callable<Integer> {

    @Mixin
    TrainingFlags training = new TrainingFlags();

    /** The model name in messages ({@code demovae}, {@code brainmae}). */
    abstract String model();

    /** Trains on the run output {@code input} and saves the model in {@code modelDir}. */
    abstract void train(Path input, Path modelDir, TrainingOptions options) throws IOException;

    @Override
    public Integer call() {
        TrainingOptions options;
        try {
            options = training.options();
        } catch (IllegalArgumentException e) {
            System.err.println("neurobeam train " + model() + ": " + e.getMessage());
            return 2;
        }
        try {
            train(training.input, training.modelDir, options);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("neurobeam train " + model() + ": " + e.getMessage());
            return 1;
        }
    }
}
