package org.neurobeam.pipelines.dynamic;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.pipelines.parquet.ParquetRowSink;

/** Writes one table as {@code OUTPUT/<table>/<table>-00000-of-00001.parquet} with the project's sink. */
final class TableFiles {

    private TableFiles() {
    }

    /** Replaces the table folder by one file holding {@code rows} (zero rows still writes the schema). */
    static void write(Path output, String table, Schema schema, List<Row> rows) throws IOException {
        Path folder = output.resolve(table);
        delete(folder);
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + table + ".parquet.tmp");
        ParquetRowSink sink = new ParquetRowSink(table, schema);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            sink.open(channel);
            for (Row row : rows) {
                sink.write(row);
            }
            sink.flush();
        }
        Files.move(temporary, folder.resolve(table + "-00000-of-00001.parquet"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void delete(Path target) throws IOException {
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
