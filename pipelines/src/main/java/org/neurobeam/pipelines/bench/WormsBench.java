package org.neurobeam.pipelines.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurobeam.ingest.celegans.CollectionConfig;
import org.neurobeam.ingest.celegans.LabelSlots;
import org.neurobeam.ingest.celegans.NeuronActivity;
import org.neurobeam.ingest.celegans.NeuronChecks;
import org.neurobeam.ingest.celegans.WormActivity;
import org.neurobeam.ingest.celegans.WormCollectionReader;
import org.neurobeam.ingest.celegans.WormKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench worms}: a C. elegans collection file streamed row by row and checked as
 * {@code dynamic --worms} reads it ({@link WormCollectionReader}, {@link NeuronChecks}, {@link LabelSlots}), or with
 * {@code --worm DATASET/WORM} one worm read through the row filter (generate with
 * {@code ingest/src/test/resources/celegans/make_fixtures.mjs OUT W N T}).
 */
@Command(name = "worms", mixinStandardHelpOptions = true,
        description = "Time reading a C. elegans collection Parquet file, whole or one worm.")
final class WormsBench implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "Collection Parquet file.")
    Path file;

    @Option(names = "--worm", paramLabel = "DATASET/WORM", description = "Read only this worm.")
    String worm;

    @Override
    public Integer call() throws Exception {
        CollectionConfig config = CollectionConfig.defaults();
        HeapPeak.reset();
        long t0 = System.nanoTime();
        long rows = 0;
        long values = 0;
        double sum = 0;
        if (worm != null) {
            int slash = worm.indexOf('/');
            WormActivity activity = WormCollectionReader.readWorm(file,
                    new WormKey(worm.substring(0, slash), worm.substring(slash + 1)), config);
            for (NeuronActivity n : activity.labelled()) {
                rows++;
                values += 2L * n.signal().length;
                sum += n.signal()[n.signal().length - 1];
            }
        } else {
            try (WormCollectionReader reader = WormCollectionReader.open(file, config)) {
                for (NeuronActivity n = reader.next(); n != null; n = reader.next()) {
                    reader.check(n);
                    rows++;
                    values += n.signal().length + n.time().length;
                    sum += n.signal()[n.signal().length - 1];
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double mb = values * 4 / 1e6;
        System.out.printf("%d rows (%s) in %.2f s: %.0f rows/s, %.1f MB/s of float32 list values (file %.1f MB,"
                + " %.1f MB/s) [checksum %.6g]%n", rows, worm == null ? "whole file" : worm, s, rows / s, mb / s,
                Files.size(file) / 1e6, Files.size(file) / 1e6 / s, sum);
        System.out.println(HeapPeak.describe());
        return 0;
    }
}
