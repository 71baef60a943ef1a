package org.neurobeam.pipelines.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.Schema;
import org.neurobeam.pipelines.parquet.ParquetTables;

/**
 * The output folder of a run, as the driver sees it: cleared of an earlier run's tables before, and tidied
 * after (empty tables written with their schema, Beam's emptied {@code .temp-beam} folders removed).
 */
public final class OutputFolder {

    /** The provenance file every job writes beside its tables. */
    public static final String PROVENANCE = "provenance.json";

    /** What the run job writes besides its tables; replaced on every run like them. */
    static final List<String> OTHER_OUTPUTS = List.of("maps", PROVENANCE);

    private static final String BEAM_TEMPORARY = ".temp-beam";

    private OutputFolder() {
    }

    /** Creates the folder and removes an earlier run's copies of the tables and files {@code names}. */
    public static void prepare(Path output, Collection<String> names) throws IOException {
        Files.createDirectories(output);
        for (String name : names) {
            deleteTree(output.resolve(name));
        }
    }

    /** Writes every table that got no rows with its schema and removes Beam's emptied temporary folders. */
    public static void finish(Path output, Map<String, Schema> tables) throws IOException {
        for (Map.Entry<String, Schema> table : tables.entrySet()) {
            ParquetTables.ensureExists(output, table.getKey(), table.getValue());
        }
        List<Path> temporaries;
        try (Stream<Path> walk = Files.walk(output, 2)) {
            temporaries = walk.filter(p -> p.getFileName().toString().startsWith(BEAM_TEMPORARY)
                    && Files.isDirectory(p)).toList();
        }
        for (Path folder : temporaries) {
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private static void deleteTree(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
