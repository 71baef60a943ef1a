package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.nifti.NiftiDatatype;
import org.neurobeam.ingest.nifti.NiftiWriter;

/**
 * A data-driven parcellation (k-means or Ward): a label per voxel of the BOLD grid, 0 outside the
 * mask or for excluded voxels, 1..k the parcels.
 *
 * @param grid the BOLD grid
 * @param labels per voxel, Fortran order
 * @param clusters number of parcels
 * @param inertia sum of squared distances of the clustered (z-scored) series to their centroids
 * @param excludedVoxels mask voxels left out because their series holds NaN or infinity
 */
public record Parcellation(VoxelGrid grid, int[] labels, int clusters, double inertia, int excludedVoxels) {

    public Parcellation {
        labels = labels.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** Writes the label image as int16 (stored exactly, slope 1) with the grid's affine. */
    public void write(Path file) throws IOException {
        double[] volume = Arrays.stream(labels).asDoubleStream().toArray();
        try (NiftiWriter writer = NiftiWriter.builder().shape(grid.shape()).affine(grid.affine())
                .datatype(NiftiDatatype.INT16).descrip("NeuroBeam parcellation, " + clusters + " parcels")
                .open(file)) {
            writer.writeVolume(volume);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parcellation p && grid.equals(p.grid) && Arrays.equals(labels, p.labels)
                && clusters == p.clusters && Double.compare(inertia, p.inertia) == 0
                && excludedVoxels == p.excludedVoxels;
    }

    @Override
    public int hashCode() {
        return grid.hashCode() * 31 + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Parcellation[k=" + clusters + ", inertia=" + inertia + ", excluded=" + excludedVoxels + "]";
    }
}
