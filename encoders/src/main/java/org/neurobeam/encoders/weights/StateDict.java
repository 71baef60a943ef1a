package org.neurobeam.encoders.weights;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurobeam.ingest.Checks;

/**
 * Named weights read from a published file, as PyTorch's {@code state_dict()} names them, e.g.
 * {@code enc1.weight}: a {@code .safetensors} file ({@link SafetensorsReader}) or a numpy {@code .npz}
 * ({@link NpzReader}). Pickled {@code .pth} files are not read: convert them in Python first.
 */
public record StateDict(Path source, Map<String, HostTensor> tensors) {

    public StateDict {
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    /** Reads {@code file} by its extension, {@code .safetensors} or {@code .npz}. */
    public static StateDict read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".safetensors")) {
            return SafetensorsReader.read(file);
        }
        Checks.input(name.endsWith(".npz"), file, null,
                "expected a .safetensors or .npz state dict (convert .pth/.pt pickles in Python)");
        return NpzReader.read(file);
    }
}
