package org.neurobeam.encoders.weights;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyReader;

/**
 * Reads a numpy {@code .npz} (what {@code numpy.savez} writes: a zip of {@code <key>.npy} entries, stored or
 * deflated) through the zip file system, each entry by {@link NpyReader}.
 */
final class NpzReader {

    private NpzReader() {
    }

    static StateDict read(Path file) throws IOException {
        Checks.input(Files.isRegularFile(file), file, null, "no such file");
        Map<String, HostTensor> tensors = new LinkedHashMap<>();
        try (FileSystem zip = FileSystems.newFileSystem(file)) {
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(zip.getPath("/"))) {
                entries = walk.filter(p -> p.toString().endsWith(".npy")).sorted().toList();
            }
            for (Path entry : entries) {
                String key = entry.toString().substring(1, entry.toString().length() - ".npy".length());
                try {
                    NpyArray array = NpyReader.read(entry);
                    double[] values = array.toDoubles();
                    float[] floats = new float[values.length];
                    for (int i = 0; i < values.length; i++) {
                        floats[i] = (float) values[i];
                    }
                    tensors.put(key, new HostTensor(array.shape(), floats));
                } catch (InvalidInputException | IllegalArgumentException e) {
                    throw new InvalidInputException(file, key, e.getMessage(), e);
                }
            }
        } catch (java.util.zip.ZipException | java.nio.file.ProviderNotFoundException e) {
            throw new InvalidInputException(file, null, "not a zip archive (.npz): " + e.getMessage(), e);
        }
        return new StateDict(file, tensors);
    }
}
