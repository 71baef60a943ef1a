package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code run}'s encoder flags: with {@code --encoder DIR} the fMRI stage also embeds every run it analysed. */
public final class EncoderFlags {

    @Option(names = "--encoder", paramLabel = "DIR",
            description = "Embed each fMRI run with this model folder (from `train`); writes embeddings.")
    Path modelDir;

    @Option(names = "--encoder-connectivity-kind", paramLabel = "KIND", defaultValue = "correlation",
            description = "Connectivity a connectome encoder reads (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--encoder-reference", paramLabel = "NAME=VALUE,...",
            description = "DemoVAE: demographics connectomes are re-decoded at (default: training mean / first level).")
    String reference;

    /** The encoder transform, or null without {@code --encoder}; {@code output} is named in failures rows. */
    public Encode encode(Path output) throws IOException {
        if (modelDir == null) {
            return null;
        }
        return Encode.of(new EncoderSettings(modelDir.toAbsolutePath().toString(), kind,
                DemographicValues.parse("--encoder-reference", reference)), output.toAbsolutePath().toString());
    }
}
