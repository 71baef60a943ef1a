package org.neurobeam.pipelines.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neurobeam.ingest.npy.NpyReader;
import org.neurobeam.preprocess.calcium.CalciumConfig;
import org.neurobeam.preprocess.calcium.CalciumPreprocess;
import org.neurobeam.preprocess.calcium.CalciumTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench calcium}: suite2p-default neuropil subtraction, maximin baseline and dF/F for
 * every ROI of {@code F.npy}/{@code Fneu.npy} (units × frames), streamed row by row with
 * {@link NpyReader#readRows} (generate with {@code docs/bench/ephys_calcium_gen.py npy}).
 */
@Command(name = "calcium", mixinStandardHelpOptions = true,
        description = "Time neuropil + maximin baseline + dF/F over F.npy/Fneu.npy, one ROI row at a time.")
final class CalciumBench implements Callable<Integer> {

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder holding F.npy and Fneu.npy.")
    Path dir;

    @Option(names = "--fs", defaultValue = "30", description = "Frame rate, Hz (default: ${DEFAULT-VALUE}).")
    double fs;

    @Option(names = "--units", defaultValue = "-1", description = "Process only the first N rows (default: all).")
    int units;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        HeapPeak.reset();
        long t0 = System.nanoTime();
        CalciumPreprocess pre = new CalciumPreprocess(CalciumConfig.defaults(), fs);
        try (NpyReader f = NpyReader.open(dir.resolve("F.npy"));
                NpyReader fneu = NpyReader.open(dir.resolve("Fneu.npy"))) {
            int rows = (int) (units < 0 ? f.rows() : Math.min(units, f.rows()));
            long frames = f.header().shape()[1];
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Double>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    double sum = 0;
                    for (int u = first; u < rows; u += threads) {
                        CalciumTrace trace = pre.apply(f.readRows(u, 1).toDoubles(), fneu.readRows(u, 1).toDoubles());
                        double[] dff = trace.deltaFOverF();
                        sum += dff[0] + dff[dff.length - 1];
                    }
                    return sum;
                }));
            }
            double sum = 0;
            for (Future<Double> part : parts) {
                sum += part.get();
            }
            pool.shutdown();
            double s = (System.nanoTime() - t0) / 1e9;
            double mb = 2.0 * rows * frames * 4 / 1e6;
            System.out.printf("%d units x %d frames (fs %.0f Hz, %d thread(s)) in %.2f s: %.1f units/s, %.3g frames/s,"
                    + " %.1f MB/s of F+Fneu [checksum %.6g]%n", rows, frames, fs, threads, s, rows / s,
                    rows * (double) frames / s, mb / s, sum);
        }
        System.out.println(HeapPeak.describe());
        return 0;
    }
}
