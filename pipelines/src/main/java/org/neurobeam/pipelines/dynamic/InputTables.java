package org.neurobeam.pipelines.dynamic;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;
import org.neurobeam.pipelines.tables.TracesTable;

/**
 * Reads the {@code region_timeseries} and {@code traces} tables of a {@code run} output folder with Parquet-MR
 * on the driver, which hands the rows to the pipeline ({@link DynamicPipeline}).
 */
final class InputTables {

    /** One region signal of one recording. */
    record RegionSignal(String recordingId, int region, double tr, double[] values) implements Serializable {
    }

    /** One unit's trace in one recording; {@code label} may be null or empty. */
    record Trace(String recordingId, int unit, String label, double rate, double[] values)
            implements Serializable {
    }

    private InputTables() {
    }

    /** All region signals; empty when the table folder does not exist. */
    static List<RegionSignal> regionSignals(Path input) throws IOException {
        List<RegionSignal> out = new ArrayList<>();
        for (Group g : read(input.resolve(RegionTimeseriesTable.NAME), g -> true)) {
            out.add(new RegionSignal(g.getString("recording_id", 0), g.getInteger("region", 0),
                    g.getDouble("tr", 0), values(g)));
        }
        return out;
    }

    /** The traces of {@code kind}; empty when the table folder does not exist. */
    static List<Trace> traces(Path input, String kind) throws IOException {
        List<Trace> out = new ArrayList<>();
        for (Group g : read(input.resolve(TracesTable.NAME), g -> kind.equals(g.getString("kind", 0)))) {
            String label = g.getFieldRepetitionCount("label") == 0 ? null : g.getString("label", 0);
            out.add(new Trace(g.getString("recording_id", 0), g.getInteger("unit", 0), label, g.getDouble("rate", 0),
                    values(g)));
        }
        return out;
    }

    private static double[] values(Group g) {
        if (g.getFieldRepetitionCount("values") == 0) {
            return new double[0];
        }
        Group list = g.getGroup("values", 0);
        double[] v = new double[list.getFieldRepetitionCount(0)];
        for (int k = 0; k < v.length; k++) {
            Group element = list.getGroup(0, k);
            v[k] = element.getFieldRepetitionCount(0) == 0 ? Double.NaN : element.getDouble(0, 0);
        }
        return v;
    }

    private static List<Group> read(Path folder, Predicate<Group> keep) throws IOException {
        List<Group> rows = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return rows;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        for (Path file : files) {
            try (ParquetReader<Group> reader = new GroupReader(new LocalInputFile(file)).build()) {
                for (Group g = reader.read(); g != null; g = reader.read()) {
                    if (keep.test(g)) {
                        rows.add(g);
                    }
                }
            }
        }
        return rows;
    }

    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
