package org.neurobeam.encoders.checkpoint;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.neurobeam.encoders.train.TrainingRun;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A trained model as a folder: the DJL parameter file {@code <model>-0000.params} written by
 * {@link Model#save} (DJL "Model loading" docs), {@code config.json} ({@link ModelConfig}) and
 * {@code training.json} ({@link TrainingRecord}).
 */
public final class Checkpoint {

    public static final String CONFIG = "config.json";
    public static final String TRAINING = "training.json";

    private Checkpoint() {
    }

    /** Writes {@code model}'s parameters, {@code config} and the record of {@code run} into {@code dir}. */
    public static void save(Path dir, ModelConfig config, TrainingRun run, Model model) throws IOException {
        Files.createDirectories(dir);
        model.save(dir, config.model());
        TrainingRecord record = new TrainingRecord(run.dataFingerprint(), BuildVersion.get(),
                run.options().seed(), run.options(), List.copyOf(run.epochs()), run.bestEpoch(), run.stoppedEarly(),
                Instant.now().toString());
        Json.MAPPER.writeValue(dir.resolve(CONFIG).toFile(), config);
        Json.MAPPER.writeValue(dir.resolve(TRAINING).toFile(), record);
    }

    /** The validated {@code config.json} of {@code dir}. */
    public static ModelConfig readConfig(Path dir) throws IOException {
        Path file = dir.resolve(CONFIG);
        ModelConfig config = read(file, ModelConfig.class);
        Checks.input(config.model() != null && !config.model().isBlank(), file, "model", "missing model name");
        Checks.input(config.version() != null && !config.version().isBlank(), file, "version", "missing version");
        Checks.input(config.inputShape() != null && !config.inputShape().isEmpty()
                && config.inputShape().stream().allMatch(n -> n != null && n > 0), file, "inputShape",
                "expected a list of positive sizes, got %s", config.inputShape());
        return config;
    }

    /** The {@code training.json} of {@code dir}. */
    public static TrainingRecord readTraining(Path dir) throws IOException {
        return read(dir.resolve(TRAINING), TrainingRecord.class);
    }

    /** Fills the parameters of {@code model}, whose block has the saved architecture, from {@code dir}. */
    public static void loadParameters(Path dir, ModelConfig config, Model model) throws IOException {
        try {
            model.load(dir, config.model());
        } catch (MalformedModelException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(dir, config.model() + "-0000.params",
                    "parameters do not fit the " + config.model() + " architecture of config.json: " + e.getMessage(),
                    e);
        }
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        Checks.input(Files.isRegularFile(file), file, null, "no such file; is %s a model directory?",
                file.getParent());
        try {
            return Json.MAPPER.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file, null, "not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
