package org.neurobeam.cohorts.bids;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the metadata files that apply to a data file by the BIDS Inheritance Principle ("Common
 * principles", The Inheritance Principle): a metadata file applies when it sits in the data file's folder
 * or a folder above it, up to the dataset root, and its name passes the caller's test (same suffix, no
 * entity absent from the data file). Results run from the root down; within one folder, files with fewer
 * entities (the less specific) come first, then by name. Folder listings are cached, so one instance
 * serves a whole discovery.
 */
public final class Inheritance {

    /** An applicable metadata file with its parsed name. */
    record Applicable(Path file, BidsName name) {
    }

    private final Map<Path, List<Applicable>> listings = new HashMap<>();

    /** Files applicable to a data file in {@code dataDir}, searching from {@code root} down. */
    List<Applicable> applicable(Path root, Path dataDir, Predicate<BidsName> test) {
        List<Path> levels = new ArrayList<>();
        for (Path level = dataDir; level.startsWith(root); level = level.getParent()) {
            levels.add(0, level);
            if (level.equals(root)) {
                break;
            }
        }
        List<Applicable> found = new ArrayList<>();
        for (Path level : levels) {
            listing(level).stream().filter(a -> test.test(a.name())).forEach(found::add);
        }
        return found;
    }

    /** The closest applicable file (deepest folder, then most entities), or {@code null}. */
    public Path closest(Path root, Path dataDir, Predicate<BidsName> test) {
        List<Applicable> all = applicable(root, dataDir, test);
        return all.isEmpty() ? null : all.get(all.size() - 1).file();
    }

    private List<Applicable> listing(Path dir) {
        return listings.computeIfAbsent(dir, d -> {
            if (!Files.isDirectory(d)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(d)) {
                return files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .flatMap(f -> BidsName.tryParse(f.getFileName().toString())
                                .map(n -> new Applicable(f, n)).stream())
                        .sorted(Comparator.comparingInt((Applicable a) -> a.name().entities().size())
                                .thenComparing(a -> a.file().getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
