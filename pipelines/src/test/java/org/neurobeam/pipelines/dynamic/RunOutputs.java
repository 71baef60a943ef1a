package org.neurobeam.pipelines.dynamic;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.pipelines.parquet.ParquetRowSink;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;
import org.neurobeam.pipelines.tables.TracesTable;

/** Builds {@code run} output folders from planted signals and runs the command line in-process. */
public final class RunOutputs {

    static final double TR = 2.0;
    static final double RATE = 3.0;
    static final int REGIONS = 10;
    /** Switching covariance (connectome's T-D3): in state s the loaded regions share a factor (r = 0.5). */
    static final double[][] LOADINGS = {
        {1, 1, 1, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 1, 1, 1, 1, 0, 0},
        {0, 0, 1, 1, 0, 0, 0, 0, 1, 1},
    };

    /** Region signals [time][region] and the true state at each time point. */
    record Switching(double[][] signals, int[] states) {
    }

    /** Exit code and what the command printed. */
    private RunOutputs() {
    }

    /** Dwell times uniform in 40..80 TR, each switch to one of the two other states. */
    static Switching switching(int time, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[time][REGIONS];
        int[] states = new int[time];
        int t = 0;
        int state = random.nextInt(3);
        while (t < time) {
            int dwell = 40 + random.nextInt(41);
            for (int d = 0; d < dwell && t < time; d++, t++) {
                states[t] = state;
                double f = random.nextGaussian();
                for (int r = 0; r < REGIONS; r++) {
                    x[t][r] = LOADINGS[state][r] * f + random.nextGaussian();
                }
            }
            state = (state + 1 + random.nextInt(2)) % 3;
        }
        return new Switching(x, states);
    }

    /** region_timeseries rows of one recording, regions labelled 1..n (named r1..rn). */
    static List<Row> regionRows(String recordingId, double[][] signals) {
        int n = signals[0].length;
        int[] regions = new int[n];
        List<String> names = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            regions[r] = r + 1;
            names.add("r" + (r + 1));
        }
        return RegionTimeseriesTable.rows(recordingId, regions, names, TR, signals);
    }

    static void writeRegions(Path runOutput, List<Row> rows) throws IOException {
        write(runOutput, RegionTimeseriesTable.NAME, RegionTimeseriesTable.SCHEMA, rows);
    }

    static void writeTraces(Path runOutput, List<Row> rows) throws IOException {
        write(runOutput, TracesTable.NAME, TracesTable.SCHEMA, rows);
    }

    /** {@code rows} as {@code runOutput/table/table.parquet}, the layout {@code run} writes. */
    public static void write(Path runOutput, String table, Schema schema, List<Row> rows) throws IOException {
        Path folder = Files.createDirectories(runOutput.resolve(table));
        ParquetRowSink sink = new ParquetRowSink(table, schema);
        try (FileChannel channel = FileChannel.open(folder.resolve(table + ".parquet"), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            sink.open(channel);
            for (Row row : rows) {
                sink.write(row);
            }
            sink.flush();
        }
    }

    static Row trace(String recordingId, int unit, String label, double[] values) {
        return TracesTable.row(recordingId, unit, label, "dff", RATE, values);
    }
}
