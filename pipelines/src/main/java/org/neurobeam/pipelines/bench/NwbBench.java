package org.neurobeam.pipelines.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurobeam.ingest.nwb.NwbFile;
import org.neurobeam.ingest.nwb.NwbTimeSeries;
import org.neurobeam.pipelines.calcium.CalciumSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench nwb}: a whole RoiResponseSeries read in time chunks with {@link NwbFile}, or with
 * {@code --by-unit} unit by unit as the {@code run} calcium stage reads it ({@link CalciumSource}: blocks of units
 * over all frames), to show the heap that takes (generate with {@code docs/bench/ephys_calcium_gen.py nwb}).
 */
@Command(name = "nwb", mixinStandardHelpOptions = true,
        description = "Time reading a RoiResponseSeries of an NWB file in time chunks.")
final class NwbBench implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "NWB file.")
    Path file;

    @Option(names = "--series", defaultValue = "/processing/ophys/Fluorescence/RoiResponseSeries",
            description = "Series path (default: ${DEFAULT-VALUE}).")
    String seriesPath;

    @Option(names = "--chunk", defaultValue = "1000", description = "Frames per read (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--by-unit", description = "Read unit by unit through the run stage's calcium source.")
    boolean byUnit;

    @Option(names = "--block-mib", defaultValue = "32",
            description = "With --by-unit: MiB of doubles per block of units (default: ${DEFAULT-VALUE}, run's).")
    long blockMib;

    @Override
    public Integer call() throws Exception {
        if (byUnit) {
            return byUnit();
        }
        HeapPeak.reset();
        long t0 = System.nanoTime();
        double sum = 0;
        long values = 0;
        NwbTimeSeries series;
        try (NwbFile nwb = NwbFile.open(file)) {
            series = nwb.roiResponseSeries(seriesPath).series();
            for (long at = 0; at < series.length(); at += chunk) {
                int n = (int) Math.min(chunk, series.length() - at);
                double[][] rows = series.read(at, n);
                sum += rows[0][0] + rows[n - 1][series.columns() - 1];
                values += (long) n * series.columns();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double mb = values * 4 / 1e6;
        System.out.printf("%d frames x %d ROIs (%s) in %.2f s: %.1f MB/s of float32 data (file %.1f MB, %.1f MB/s)"
                + " [checksum %.6g]%n", series.length(), series.columns(), series.dtype(), s, mb / s,
                Files.size(file) / 1e6, Files.size(file) / 1e6 / s, sum);
        System.out.println(HeapPeak.describe());
        return 0;
    }

    private int byUnit() throws Exception {
        HeapPeak.reset();
        long t0 = System.nanoTime();
        double sum = 0;
        long values = 0;
        int units;
        long frames;
        try (CalciumSource source = CalciumSource.open(file, Double.NaN, blockMib << 17)) {
            units = source.units();
            frames = source.frames();
            for (int u = 0; u < units; u++) {
                double[] trace = source.trace(CalciumSource.F, u);
                sum += trace[0] + trace[trace.length - 1];
                values += trace.length;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double mb = values * 4 / 1e6;
        System.out.printf("%d units x %d frames unit by unit, blocks of %d MiB (%d units) in %.2f s: %.1f MB/s of"
                + " float32 data [checksum %.6g]%n", units, frames, blockMib,
                Math.max(1, Math.min(units, (blockMib << 17) / frames)), s, mb / s, sum);
        System.out.println(HeapPeak.describe());
        return 0;
    }
}
