package org.neurobeam.pipelines.parquet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * Writes a table of rows under {@code OUTPUT/<table>/} as {@code <table>-SSSSS-of-NNNNN.parquet}. Beam's
 * FileIO writes each shard to a temporary file and renames it on commit, so a table is never seen half
 * written.
 */
public final class ParquetTables {

    private ParquetTables() {
    }

    /**
     * Appends the write of {@code rows} to the pipeline. {@code shards} fixes the number of files (1 for
     * the small per-recording tables); 0 lets the runner choose.
     */
    public static void write(PCollection<Row> rows, String table, Schema schema, String outputDir, int shards) {
        FileIO.Write<Void, Row> write = FileIO.<Row>write()
                .via(new ParquetRowSink(table, schema))
                .to(outputDir + "/" + table)
                .withPrefix(table)
                .withSuffix(".parquet");
        if (shards > 0) {
            write = write.withNumShards(shards);
        }
        rows.apply("Write " + table, write);
    }

    /**
     * Beam writes no file for an empty PCollection; a table with no rows is still a table, so after a run
     * this writes {@code <table>-00000-of-00001.parquet} with the schema and zero rows where the table's
     * folder holds no Parquet file. For output on the local file system, as the driver sees it.
     */
    public static void ensureExists(Path outputDir, String table, Schema schema) throws IOException {
        Path folder = outputDir.resolve(table);
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            if (files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
                return;
            }
        }
        Path target = folder.resolve(table + "-00000-of-00001.parquet");
        Path temporary = folder.resolve("." + table + ".parquet.tmp");
        ParquetRowSink sink = new ParquetRowSink(table, schema);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            sink.open(channel);
            sink.flush();
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
