package org.neurobeam.connectome.glm.voxel;

import java.util.Arrays;
import org.neurobeam.ingest.nifti.NiftiHeader;

/**
 * The 3D grid of a BOLD image that statistic maps are written on: its first three dimensions, the
 * affine nibabel would use ({@link NiftiHeader#bestAffine()}), the sform/qform code to write it with
 * (0 when the file had neither, and the map then carries none either), the voxel sizes and units.
 *
 * @param shape       i, j, k sizes
 * @param affine      4 × 4 voxel-to-world matrix
 * @param xformCode   the sform code, else the qform code, else 0
 * @param zooms       voxel sizes along i, j, k
 * @param spatialUnit nibabel's name of the spatial unit
 */
public record VoxelGrid(int[] shape, double[][] affine, int xformCode, double[] zooms, String spatialUnit) {

    /** The grid of {@code header}'s first three dimensions (missing ones are 1). */
    public static VoxelGrid of(NiftiHeader header) {
        int[] all = header.shape();
        double[] allZooms = header.zooms();
        int[] shape = {1, 1, 1};
        double[] zooms = {1, 1, 1};
        for (int i = 0; i < Math.min(3, all.length); i++) {
            shape[i] = all[i];
            zooms[i] = allZooms[i];
        }
        int code = header.sformCode() > 0 ? header.sformCode() : Math.max(header.qformCode(), 0);
        return new VoxelGrid(shape, header.bestAffine(), code, zooms, header.spatialUnit());
    }

    public VoxelGrid {
        shape = shape.clone();
        affine = Arrays.stream(affine).map(double[]::clone).toArray(double[][]::new);
        zooms = zooms.clone();
    }

    /** Voxels of one volume. */
    public int voxels() {
        return shape[0] * shape[1] * shape[2];
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public double[][] affine() {
        return Arrays.stream(affine).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] zooms() {
        return zooms.clone();
    }
}
