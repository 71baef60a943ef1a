package org.neurobeam.pipelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;
import org.neurobeam.ingest.nifti.NiftiWriter;

/**
 * A generated 4D float32 BOLD image and a labels atlas on its grid, written volume by volume. The brain
 * is an ellipsoid in the box (zero outside, as after skull stripping), cut into Voronoi regions around
 * random seeds; a voxel holds a smooth baseline modulated by its region's factor-model signal, plus
 * Gaussian noise, so that gzip finds what it finds in real images: long zero runs outside, noisy mantissas
 * inside.
 *
 * @param nx voxels along i (i fastest on disk)
 * @param ny voxels along j
 * @param nz voxels along k
 * @param volumes number of volumes
 * @param regions number of atlas regions, labelled 1..regions
 */
record SyntheticBold(int nx, int ny, int nz, int volumes, int regions) {

    private static final double VOXEL_MM = 2.0;
    private static final double TR_S = 2.0;
    private static final double NOISE = 12.0;
    private static final double MODULATION = 0.02;

    /** A grid of nx x ny x nz voxels with enough volumes to hold at least {@code bytes} of float32 data. */
    static SyntheticBold ofSize(int nx, int ny, int nz, double bytes, int regions) {
        long perVolume = 4L * nx * ny * nz;
        return new SyntheticBold(nx, ny, nz, (int) Math.ceil(bytes / perVolume), regions);
    }

    int voxels() {
        return nx * ny * nz;
    }

    /** Uncompressed voxel data in bytes. */
    long dataBytes() {
        return 4L * voxels() * volumes;
    }

    /** The image's file: its name holds everything it is generated from, so a file found is the right one. */
    Path bold(Path dir, boolean gzip, long seed) {
        return dir.resolve(String.format("bold_%dx%dx%dx%d_%dregions_seed%d.nii%s", nx, ny, nz, volumes, regions,
                seed, gzip ? ".gz" : ""));
    }

    Path atlas(Path dir, long seed) {
        return dir.resolve(String.format("atlas_%dx%dx%d_%dregions_seed%d.nii.gz", nx, ny, nz, regions, seed));
    }

    /** Writes the atlas and the image into {@code dir} unless already there; true if anything was written. */
    boolean writeMissing(Path dir, boolean gzip, long seed) throws IOException {
        Path boldFile = bold(dir, gzip, seed);
        Path atlasFile = atlas(dir, seed);
        if (Files.exists(boldFile) && Files.exists(atlasFile)) {
            return false;
        }
        Files.createDirectories(dir);
        int[] labels = labels(new SplittableRandom(seed));
        writeAtomically(atlasFile, tmp -> {
            try (NiftiWriter w = writer(nx, ny, nz).open(tmp)) {
                double[] volume = new double[labels.length];
                for (int n = 0; n < labels.length; n++) {
                    volume[n] = labels[n];
                }
                w.writeVolume(volume);
            }
        });
        writeAtomically(boldFile, tmp -> writeBold(tmp, labels, seed));
        return true;
    }

    private void writeBold(Path file, int[] labels, long seed) throws IOException {
        // column 0 (the background label) is generated but never used, so that labels index columns directly
        double[][] signals = new FactorSignals(5, 1.0).generate(volumes, regions + 1, seed);
        double[] baseline = baseline(labels);
        SplittableRandom noise = new SplittableRandom(seed + 1);
        double[] volume = new double[labels.length];
        try (NiftiWriter w = writer(nx, ny, nz, volumes).open(file)) {
            for (int t = 0; t < volumes; t++) {
                double[] s = signals[t];
                for (int n = 0; n < volume.length; n++) {
                    volume[n] = labels[n] == 0 ? 0
                            : baseline[n] * (1 + MODULATION * s[labels[n]]) + NOISE * noise.nextGaussian();
                }
                w.writeVolume(volume);
            }
        }
    }

    /** Region of each voxel (Fortran order): nearest of {@code regions} seeds inside the ellipsoid, 0 outside. */
    private int[] labels(SplittableRandom random) {
        double[][] seeds = new double[regions][];
        for (int r = 0; r < regions; ) {
            double[] p = {random.nextDouble(nx), random.nextDouble(ny), random.nextDouble(nz)};
            if (inside(p[0], p[1], p[2])) {
                seeds[r++] = p;
            }
        }
        int[] labels = new int[voxels()];
        for (int k = 0, n = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, n++) {
                    labels[n] = inside(i, j, k) ? nearest(seeds, i, j, k) + 1 : 0;
                }
            }
        }
        return labels;
    }

    private static int nearest(double[][] seeds, int i, int j, int k) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int r = 0; r < seeds.length; r++) {
            double di = seeds[r][0] - i;
            double dj = seeds[r][1] - j;
            double dk = seeds[r][2] - k;
            double d = di * di + dj * dj + dk * dk;
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    private boolean inside(double i, double j, double k) {
        double x = (i - nx / 2.0) / (0.45 * nx);
        double y = (j - ny / 2.0) / (0.45 * ny);
        double z = (k - nz / 2.0) / (0.45 * nz);
        return x * x + y * y + z * z <= 1;
    }

    /** A smooth intensity between about 600 and 1400, brighter toward the centre. */
    private double[] baseline(int[] labels) {
        double[] b = new double[labels.length];
        for (int k = 0, n = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, n++) {
                    double x = (i - nx / 2.0) / nx;
                    double y = (j - ny / 2.0) / ny;
                    double z = (k - nz / 2.0) / nz;
                    b[n] = 1400 - 3000 * (x * x + y * y + z * z) + 100 * Math.sin(0.7 * i) * Math.cos(0.5 * j);
                }
            }
        }
        return b;
    }

    private static NiftiWriter.Builder writer(int... shape) {
        return NiftiWriter.builder().shape(shape).affine(new double[][] {
            {VOXEL_MM, 0, 0, 0}, {0, VOXEL_MM, 0, 0}, {0, 0, VOXEL_MM, 0}, {0, 0, 0, 1}})
                .zooms(VOXEL_MM, VOXEL_MM, VOXEL_MM, TR_S).units("mm", "sec").repetitionTime(TR_S);
    }

    @FunctionalInterface
    private interface FileWriting {
        void to(Path file) throws IOException;
    }

    /**
     * Writes under a temporary name (same suffix, which picks gzip) and renames, so that an interrupted
     * run leaves nothing to reuse.
     */
    private static void writeAtomically(Path file, FileWriting writing) throws IOException {
        Path tmp = file.resolveSibling("partial-" + file.getFileName());
        writing.to(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
