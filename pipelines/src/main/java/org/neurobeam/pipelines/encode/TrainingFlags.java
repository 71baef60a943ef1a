package org.neurobeam.pipelines.encode;

import java.nio.file.Path;
import java.util.Locale;
import org.neurobeam.encoders.train.LearningRateSchedule;
import org.neurobeam.encoders.train.OptimizerKind;
import org.neurobeam.encoders.train.TrainingOptions;
import picocli.CommandLine.Option;

/** The flags every {@code train} model takes: its input, its model folder and the {@link TrainingOptions}. */
final class TrainingFlags {

    @Option(names = "--input", paramLabel = "RUN_OUTPUT", required = true,
            description = "Output folder of `neurobeam run`.")
    Path input;

    @Option(names = "--model-dir", paramLabel = "DIR", required = true, description = "Where the model is saved.")
    Path modelDir;

    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (default: ${DEFAULT-VALUE}).",
            defaultValue = "100")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "Samples per step (default: ${DEFAULT-VALUE}).",
            defaultValue = "32")
    int batchSize;

    @Option(names = "--optimizer", paramLabel = "adam|adamw", description = "Optimiser (default: ${DEFAULT-VALUE}).",
            defaultValue = "adamw")
    String optimizer;

    @Option(names = "--learning-rate", paramLabel = "R", description = "Base learning rate (default: ${DEFAULT-VALUE}).",
            defaultValue = "1e-3")
    double learningRate;

    @Option(names = "--weight-decay", paramLabel = "W", description = "Weight decay (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    double weightDecay;

    @Option(names = "--schedule", paramLabel = "constant|cosine|step",
            description = "Learning-rate schedule after --warmup epochs (default: ${DEFAULT-VALUE}).",
            defaultValue = "cosine")
    String schedule;

    @Option(names = "--warmup", paramLabel = "EPOCHS", description = "Linear warm-up epochs (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    int warmup;

    @Option(names = "--step-every", paramLabel = "EPOCHS",
            description = "With --schedule step: epochs between rate changes (default: ${DEFAULT-VALUE}).",
            defaultValue = "30")
    int stepEvery;

    @Option(names = "--step-factor", paramLabel = "F",
            description = "With --schedule step: factor applied each time (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.1")
    double stepFactor;

    @Option(names = "--validation", paramLabel = "F",
            description = "Fraction of samples held out for validation and early stopping (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.2")
    double validation;

    @Option(names = "--patience", paramLabel = "EPOCHS",
            description = "Stop after this many epochs without a better validation loss (default: ${DEFAULT-VALUE}).",
            defaultValue = "20")
    int patience;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    long seed;

    /** The options; a bad value fails naming its flag. */
    TrainingOptions options() {
        OptimizerKind kind = choice("--optimizer", optimizer, OptimizerKind.class);
        LearningRateSchedule lr = choice("--schedule", schedule, LearningRateSchedule.class);
        try {
            return TrainingOptions.defaults().withOptimizer(kind, learningRate, weightDecay)
                    .withEpochs(epochs, batchSize, patience).withSchedule(lr, warmup, stepEvery, stepFactor)
                    .withValidation(validation).withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("training options: " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E choice(String flag, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": unknown value '" + value + "'", e);
        }
    }
}
