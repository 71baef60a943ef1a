package org.neurobeam.connectome.glm.voxel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.ingest.nifti.NiftiDatatype;
import org.neurobeam.ingest.nifti.NiftiReader;
import org.neurobeam.ingest.nifti.NiftiWriter;

/** Small synthetic designs and 4D images for the voxel GLM tests. */
final class VoxelImages {

    static final double[][] AFFINE = {{-2, 0, 0, 10}, {0, 2.5, 0, -20}, {0, 0, 3, 5}, {0, 0, 0, 1}};

    private VoxelImages() {
    }

    /**
     * A design of n scans: two smooth task regressors "a" and "b", a cosine drift, and (optionally) a
     * constant.
     */
    static DesignMatrix design(int n, long seed, boolean constant) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>(List.of("a", "b", "drift_1"));
        if (constant) {
            names.add("constant");
        }
        double[][] x = new double[n][names.size()];
        double[] frameTimes = new double[n];
        double a = 0;
        double b = 0;
        for (int t = 0; t < n; t++) {
            frameTimes[t] = 2.0 * t;
            a = 0.7 * a + ((t / 8) % 2 == 0 ? 1 : 0) + 0.1 * random.nextGaussian();
            b = 0.7 * b + ((t / 5) % 3 == 1 ? 1 : 0) + 0.1 * random.nextGaussian();
            x[t][0] = a;
            x[t][1] = b;
            x[t][2] = Math.sqrt(2.0 / n) * Math.cos(Math.PI * (t + 0.5) / n);
            if (constant) {
                x[t][3] = 1;
            }
        }
        return new DesignMatrix(frameTimes, names, x, List.of());
    }

    /**
     * {@code [time][voxel]} data: per voxel a baseline in [100, 2100), effects of the first two columns in
     * [-3, 3), and AR(1) noise with coefficient in [-0.3, 0.6) and standard deviation in [0.5, 10.5).
     */
    static double[][] simulate(DesignMatrix design, int voxels, long seed) {
        Random random = new Random(seed);
        double[][] x = design.values();
        int n = x.length;
        double[][] y = new double[n][voxels];
        for (int v = 0; v < voxels; v++) {
            double baseline = 100 + 2000 * random.nextDouble();
            double ea = 6 * random.nextDouble() - 3;
            double eb = 6 * random.nextDouble() - 3;
            double rho = -0.3 + 0.9 * random.nextDouble();
            double sd = 0.5 + 10 * random.nextDouble();
            double e = 0;
            for (int t = 0; t < n; t++) {
                e = rho * e + sd * random.nextGaussian();
                y[t][v] = baseline + ea * x[t][0] + eb * x[t][1] + e;
            }
        }
        return y;
    }

    /** Writes {@code [time][voxel]} data as a shape[0] × shape[1] × shape[2] × time image. */
    static void write(Path file, int[] shape, double[][] y, NiftiDatatype type) throws IOException {
        try (NiftiWriter w = NiftiWriter.builder().shape(shape[0], shape[1], shape[2], y.length).datatype(type)
                .affine(AFFINE).xformCode(4).zooms(2, 2.5, 3, 2).units("mm", "sec").open(file)) {
            for (double[] volume : y) {
                w.writeVolume(volume);
            }
        }
    }

    /** The image's voxels as {@code [time][voxel]}, as read (float32 rounding included). */
    static double[][] read(Path file) throws IOException {
        try (NiftiReader r = NiftiReader.open(file)) {
            int n = (int) r.header().volumeCount();
            double[][] y = new double[n][];
            for (int t = 0; t < n; t++) {
                y[t] = r.readVolume(t);
            }
            return y;
        }
    }

    /** The columns {@code voxels} of {@code y}. */
    static double[][] columns(double[][] y, int[] voxels) {
        double[][] out = new double[y.length][voxels.length];
        for (int t = 0; t < y.length; t++) {
            for (int u = 0; u < voxels.length; u++) {
                out[t][u] = y[t][voxels[u]];
            }
        }
        return out;
    }

    /** max |a - b| / max(|b|, floor). */
    static double maxRelative(double[] a, double[] b, double floor) {
        if (a.length != b.length) {
            throw new AssertionError("lengths " + a.length + " and " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), floor));
        }
        return max;
    }
}
