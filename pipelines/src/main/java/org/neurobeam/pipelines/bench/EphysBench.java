package org.neurobeam.pipelines.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurobeam.ingest.edf.EdfReader;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.RawInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench ephys}: every sample of every channel of a BDF/EDF file read in SI units with
 * {@link EdfReader#read(int[], long, int)}, window by window (generate a file with
 * {@code docs/bench/ephys_calcium_gen.py bdf}).
 */
@Command(name = "ephys", mixinStandardHelpOptions = true,
        description = "Time reading all samples of an EDF/BDF file in SI units, in windows.")
final class EphysBench implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "EDF or BDF file.")
    Path file;

    @Option(names = "--window", defaultValue = "10", paramLabel = "SECONDS",
            description = "Seconds read per call (default: ${DEFAULT-VALUE}).")
    double window;

    @Option(names = "--repeat", defaultValue = "1", description = "Passes over the file (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        for (int pass = 1; pass <= repeat; pass++) {
            HeapPeak.reset();
            long t0 = System.nanoTime();
            double sum = 0;
            long samples = 0;
            int channels;
            try (EdfReader reader = EdfReader.open(file)) {
                RawInfo info = reader.info();
                channels = info.channels().size();
                int[] all = new int[channels];
                for (int c = 0; c < channels; c++) {
                    all[c] = c;
                }
                Channel first = info.channels().get(0);
                long total = first.sampleCount();
                int step = (int) Math.max(1, Math.round(window * first.sampleRate()));
                for (long at = 0; at < total; at += step) {
                    int n = (int) Math.min(step, total - at);
                    double[][] block = reader.read(all, at, n);
                    for (double[] row : block) {
                        sum += row[0] + row[n - 1];
                    }
                    samples += (long) n * channels;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            long bytes = Files.size(file);
            System.out.printf("pass %d: %d channels, %d samples (%.0f Msamples/s) from %.1f MB in %.2f s: %.1f MB/s"
                    + " [checksum %.6g]%n", pass, channels, samples, samples / s / 1e6, bytes / 1e6, s, bytes / 1e6 / s,
                    sum);
            System.out.println(HeapPeak.describe());
        }
        return 0;
    }
}
