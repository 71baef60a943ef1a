package org.neurobeam.cohorts.bids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of a small BIDS dataset for a test; data files are empty, as discovery never reads them. */
final class TinyDataset {

    private final Path root;

    TinyDataset(Path root) {
        this.root = root;
    }

    /** Writes {@code text} at {@code relative}, creating folders. */
    TinyDataset file(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Writes an empty data file at {@code relative}. */
    TinyDataset data(String relative) throws IOException {
        return file(relative, "");
    }

    Path path(String relative) {
        return root.resolve(relative);
    }
}
