package org.neurobeam.encoders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.neurobeam.encoders.checkpoint.Checkpoint;
import org.neurobeam.encoders.checkpoint.ModelConfig;
import org.neurobeam.ingest.Checks;

/** Opens a trained encoder from a checkpoint folder, choosing the model by its {@code config.json}. */
public final class Encoders {

    private Encoders() {
    }

    /**
     * The encoder saved in {@code modelDir} (see {@link Checkpoint}); fails naming {@code config.json} and its
     * {@code model} field when no registered {@link EncoderFactory} knows the model.
     */
    public static Encoder load(Path modelDir) throws IOException {
        ModelConfig config = Checkpoint.readConfig(modelDir);
        Map<String, EncoderFactory> factories = factories();
        EncoderFactory factory = factories.get(config.model());
        Checks.input(factory != null, modelDir.resolve(Checkpoint.CONFIG), "model",
                "no encoder registered for model '%s' (known: %s)", config.model(), factories.keySet());
        return factory.open(modelDir, config);
    }

    /** The registered factories by model name. */
    public static Map<String, EncoderFactory> factories() {
        Map<String, EncoderFactory> byName = new TreeMap<>();
        for (EncoderFactory factory : ServiceLoader.load(EncoderFactory.class, Encoders.class.getClassLoader())) {
            byName.put(factory.model(), factory);
        }
        return byName;
    }
}
