package org.neurobeam.cohorts.ephys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.RecordingRef;

/** Writes the files of a small BIDS dataset for a test; data files are empty, as discovery never reads them. */
final class Layout {

    private final Path root;

    Layout(Path root) {
        this.root = root;
    }

    /** Writes {@code lines} joined by newlines at {@code relative}, creating folders; returns the file. */
    Path file(String relative, String... lines) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Discovers the dataset and returns its recordings, failing on any discovery problem. */
    List<RecordingRef> recordings() throws IOException {
        DiscoveryResult result = Discovery.discover(root);
        if (!result.problems().isEmpty()) {
            throw new AssertionError(result.problems().toString());
        }
        return result.recordings();
    }
}
