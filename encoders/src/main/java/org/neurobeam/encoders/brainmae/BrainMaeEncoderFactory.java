package org.neurobeam.encoders.brainmae;

import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.EncoderFactory;
import org.neurobeam.encoders.checkpoint.ModelConfig;

/** Registers BrainMAE with {@link org.neurobeam.encoders.Encoders#load} under the model name "brainmae". */
public final class BrainMaeEncoderFactory implements EncoderFactory {

    @Override
    public String model() {
        return BrainMaeConfig.MODEL_NAME;
    }

    @Override
    public Encoder open(Path dir, ModelConfig config) throws IOException {
        return new BrainMaeEncoder(BrainMae.open(dir, config));
    }
}
