package org.neurobeam.pipelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurobeam.preprocess.parcellation.LabelsAtlas;
import org.neurobeam.preprocess.parcellation.RegionSignalExtractor;
import org.neurobeam.preprocess.parcellation.RegionSignals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench parcellation}: region signals of a generated multi-GB BOLD image in one
 * streaming pass ({@link RegionSignalExtractor}), timed from opening the atlas to the last region mean.
 */
@Command(name = "parcellation", mixinStandardHelpOptions = true,
        description = "Time label-atlas extraction from a generated 4D float32 image (generated once into --dir).")
final class ParcellationBench implements Callable<Integer> {

    private static final double GIB = 1 << 30;

    @Option(names = "--size-gb", defaultValue = "2", paramLabel = "GIB",
            description = "Uncompressed image size, GiB (default: ${DEFAULT-VALUE}).")
    double sizeGb;

    @Option(names = "--gzip", description = "Use a .nii.gz image instead of .nii.")
    boolean gzip;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Where the image and atlas are generated, or reused when present.")
    Path dir;

    @Option(names = "--regions", defaultValue = "400", description = "Atlas regions (default: ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--shape", defaultValue = "96,96,64", split = ",", paramLabel = "X,Y,Z",
            description = "Voxels per volume (default: ${DEFAULT-VALUE}).")
    int[] shape;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        SyntheticBold image = SyntheticBold.ofSize(shape[0], shape[1], shape[2], sizeGb * GIB, regions);
        Path bold = image.bold(dir, gzip, seed);
        long start = System.nanoTime();
        if (image.writeMissing(dir, gzip, seed)) {
            System.out.printf("generated %s and %s in %.1f s%n", bold, image.atlas(dir, seed), seconds(start));
        }
        System.out.printf("image: %s, %dx%dx%d x %d volumes, %.2f GiB uncompressed, %.2f GiB on disk%n", bold,
                shape[0], shape[1], shape[2], image.volumes(), image.dataBytes() / GIB, Files.size(bold) / GIB);

        start = System.nanoTime();
        LabelsAtlas atlas = LabelsAtlas.read(image.atlas(dir, seed), null);
        RegionSignals signals = RegionSignalExtractor.labels(atlas, null).extract(bold);
        double elapsed = seconds(start);

        System.out.printf("extracted %d volumes x %d regions in %.2f s: %.1f volumes/s, %.1f MB/s uncompressed%n",
                signals.volumes(), signals.labels().length, elapsed, signals.volumes() / elapsed,
                image.dataBytes() / 1e6 / elapsed);
        System.out.println(PeakMemory.describe());
        return 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
