package org.neurobeam.pipelines.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads one table of a NeuroBeam output folder ({@code DIR/<table>/*.parquet}) back into Beam rows of the
 * table's schema. Only the file names are listed on the driver; each file is read row by row on a worker, so
 * no step holds a whole table. A missing table folder reads as no rows. Used by the commands that start from
 * a {@code run} output ({@code embed}, {@code train}).
 */
public final class ReadTable extends PTransform<PBegin, PCollection<Row>> {

    private static final long serialVersionUID = 1L;

    private final String folder;
    private final Schema schema;

    private ReadTable(String folder, Schema schema) {
        this.folder = folder;
        this.schema = schema;
    }

    /** The table {@code table} under {@code outputDir}, read with {@code schema}. */
    public static ReadTable of(Path outputDir, String table, Schema schema) {
        return new ReadTable(outputDir.resolve(table).toAbsolutePath().toString(), schema);
    }

    /** The Parquet files of a table folder, sorted; none when the folder does not exist. */
    public static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().map(Path::toString)
                    .toList();
        }
    }

    @Override
    public PCollection<Row> expand(PBegin begin) {
        List<String> files;
        try {
            files = files(Path.of(folder));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return begin.apply("List " + Path.of(folder).getFileName(), Create.of(files).withCoder(StringUtf8Coder.of()))
                .apply("Spread files", Reshuffle.viaRandomKey())
                .apply("Read rows", ParDo.of(new ReadFileFn(schema)))
                .setRowSchema(schema);
    }

    /** Streams the rows of one Parquet file on a worker. */
    private static final class ReadFileFn extends DoFn<String, Row> {

        private static final long serialVersionUID = 1L;

        private final Schema schema;

        ReadFileFn(Schema schema) {
            this.schema = schema;
        }

        @ProcessElement
        public void process(@Element String path, OutputReceiver<Row> out) throws IOException {
            forEachRow(Path.of(path), schema, out::output);
        }
    }

    /**
     * The rows of a table read on the calling thread, for the small tables a driver needs whole (a training
     * set of connectomes, the recordings table); {@code keep} filters them as they stream by.
     */
    public static List<Row> rows(Path outputDir, String table, Schema schema, Predicate<Row> keep)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String file : files(outputDir.resolve(table))) {
            forEachRow(Path.of(file), schema, row -> {
                if (keep.test(row)) {
                    rows.add(row);
                }
            });
        }
        return rows;
    }

    /** Streams the rows of one Parquet file, after checking it holds the schema's required columns. */
    private static void forEachRow(Path file, Schema schema, Consumer<Row> out) throws IOException {
        InputFile input = new LocalInputFile(file);
        GroupRows rows = new GroupRows(schema, file);
        try (ParquetFileReader footer = ParquetFileReader.open(input,
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            rows.checkColumns(footer.getFileMetaData().getSchema());
        }
        try (ParquetReader<Group> reader = ParquetGroups.reader(input)) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                out.accept(rows.row(g));
            }
        }
    }
}
