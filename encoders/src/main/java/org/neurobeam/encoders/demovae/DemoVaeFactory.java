package org.neurobeam.encoders.demovae;

import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.EncoderFactory;
import org.neurobeam.encoders.checkpoint.ModelConfig;

/** Registers DemoVAE checkpoints ({@code "model": "demovae"}) with {@link org.neurobeam.encoders.Encoders}. */
public final class DemoVaeFactory implements EncoderFactory {

    @Override
    public String model() {
        return DemoVae.MODEL;
    }

    @Override
    public Encoder open(Path dir, ModelConfig config) throws IOException {
        return DemoVae.open(dir, config);
    }
}
