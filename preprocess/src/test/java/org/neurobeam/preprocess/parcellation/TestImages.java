package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.neurobeam.ingest.nifti.NiftiDatatype;
import org.neurobeam.ingest.nifti.NiftiWriter;

/** Small images written with NiftiWriter for the parcellation tests. */
final class TestImages {

    private TestImages() {
    }

    /** diag(zooms) with an offset: a plain RAS grid. */
    static double[][] affine(double zoom, double... offset) {
        return new double[][] {{zoom, 0, 0, offset[0]}, {0, zoom, 0, offset[1]}, {0, 0, zoom, offset[2]}, {0, 0, 0, 1}};
    }

    /** Writes {@code volumes[t][voxel]} as float64 on (shape, affine); 4D unless there is one volume. */
    static Path write(Path file, int[] shape, double[][] affine, double[][] volumes) throws IOException {
        int[] dims = volumes.length == 1 ? shape : new int[] {shape[0], shape[1], shape[2], volumes.length};
        try (NiftiWriter writer = NiftiWriter.builder().shape(dims).affine(affine).datatype(NiftiDatatype.FLOAT64)
                .open(file)) {
            for (double[] volume : volumes) {
                writer.writeVolume(volume);
            }
        }
        return file;
    }

    /** Writes an int16 label image (stored exactly: slope 1). */
    static Path writeLabels(Path file, int[] shape, double[][] affine, int[] labels) throws IOException {
        try (NiftiWriter writer = NiftiWriter.builder().shape(shape).affine(affine).datatype(NiftiDatatype.INT16)
                .open(file)) {
            writer.writeVolume(Arrays.stream(labels).asDoubleStream().toArray());
        }
        return file;
    }

    /** Random normal volumes around 100. */
    static double[][] randomVolumes(Random random, int voxels, int volumes) {
        double[][] out = new double[volumes][voxels];
        for (double[] volume : out) {
            for (int v = 0; v < voxels; v++) {
                volume[v] = 100 + 10 * random.nextGaussian();
            }
        }
        return out;
    }

    /** Random labels drawn from {@code choices}. */
    static int[] randomLabels(Random random, int voxels, int... choices) {
        int[] out = new int[voxels];
        for (int v = 0; v < voxels; v++) {
            out[v] = choices[random.nextInt(choices.length)];
        }
        return out;
    }

    static int voxels(int[] shape) {
        return shape[0] * shape[1] * shape[2];
    }

    /** Largest absolute element-wise difference of two equally shaped matrices. */
    static double maxAbsDiff(double[][] expected, double[][] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError("rows " + actual.length + " != " + expected.length);
        }
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].length != actual[i].length) {
                throw new AssertionError("row " + i + ": columns " + actual[i].length + " != " + expected[i].length);
            }
            for (int j = 0; j < expected[i].length; j++) {
                max = Math.max(max, Math.abs(expected[i][j] - actual[i][j]));
            }
        }
        return max;
    }
}
