package org.neurobeam.encoders;

import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.encoders.checkpoint.ModelConfig;

/**
 * Opens checkpoints of one model. Implementations are found with {@link java.util.ServiceLoader}: a model
 * registers by naming its factory in {@code META-INF/services/org.neurobeam.encoders.EncoderFactory}, and
 * {@link Encoders#load} picks it by the {@code model} field of the checkpoint's {@code config.json}.
 */
public interface EncoderFactory {

    /** The model name this factory opens, as written in {@code config.json}. */
    String model();

    /** Opens the checkpoint folder {@code dir} whose configuration is {@code config}. */
    Encoder open(Path dir, ModelConfig config) throws IOException;
}
