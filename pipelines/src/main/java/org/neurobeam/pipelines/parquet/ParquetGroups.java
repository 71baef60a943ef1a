package org.neurobeam.pipelines.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads the rows of a table folder that a NeuroBeam job wrote (every {@code .parquet} file in it, in name order)
 * with Parquet-MR on the driver, for commands that start from an earlier job's output.
 */
public final class ParquetGroups {

    private ParquetGroups() {
    }

    /** The rows that {@code keep} accepts; empty when {@code folder} does not exist. */
    public static List<Group> read(Path folder, Predicate<Group> keep) throws IOException {
        List<Group> rows = new ArrayList<>();
        for (String file : ReadTable.files(folder)) {
            try (ParquetReader<Group> reader = reader(new LocalInputFile(Path.of(file)))) {
                for (Group g = reader.read(); g != null; g = reader.read()) {
                    if (keep.test(g)) {
                        rows.add(g);
                    }
                }
            }
        }
        return rows;
    }

    /** A list column of doubles ({@code list<double>}, Beam's array layout); a null element reads as NaN. */
    public static double[] doubles(Group g, String field) {
        List<Group> elements = elements(g, field);
        double[] v = new double[elements.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = elements.get(k).getFieldRepetitionCount(0) == 0 ? Double.NaN : elements.get(k).getDouble(0, 0);
        }
        return v;
    }

    /** A list column of 32-bit integers; a null element reads as 0. */
    public static int[] ints(Group g, String field) {
        List<Group> elements = elements(g, field);
        int[] v = new int[elements.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = elements.get(k).getFieldRepetitionCount(0) == 0 ? 0 : elements.get(k).getInteger(0, 0);
        }
        return v;
    }

    /** The element groups of a list column, none when the column is null. */
    private static List<Group> elements(Group g, String field) {
        List<Group> out = new ArrayList<>();
        if (g.getFieldRepetitionCount(field) > 0) {
            Group list = g.getGroup(field, 0);
            for (int k = 0; k < list.getFieldRepetitionCount(0); k++) {
                out.add(list.getGroup(0, k));
            }
        }
        return out;
    }

    /** Parquet-MR's reader of {@code file} into its example {@link Group} model. */
    static ParquetReader<Group> reader(InputFile file) throws IOException {
        return new GroupReader(file).build();
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
