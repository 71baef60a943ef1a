package org.neurobeam.pipelines.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.Schema;
import org.neurobeam.pipelines.parquet.ParquetTables;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.GlmContrastsTable;
import org.neurobeam.pipelines.tables.RecordingsTable;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;

/**
 * The output folder of a run, as the driver sees it: cleared of an earlier run's tables before, and tidied
 * after (empty tables written with their schema, Beam's emptied {@code .temp-beam} folders removed).
 */
final class OutputFolder {

    /** Files and folders the run job writes, replaced on every run; other files are left alone. */
    static final List<String> OUTPUTS = List.of(RecordingsTable.NAME, FailuresTable.NAME, RegionTimeseriesTable.NAME,
            ConnectivityTable.NAME, GlmContrastsTable.NAME, "maps", "provenance.json");

    private static final String BEAM_TEMPORARY = ".temp-beam";

    private OutputFolder() {
    }

    static void prepare(Path output) throws IOException {
        Files.createDirectories(output);
        for (String name : OUTPUTS) {
            deleteTree(output.resolve(name));
        }
    }

    static void finish(Path output, Map<String, Schema> tables) throws IOException {
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
