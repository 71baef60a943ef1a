package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * The z-scored time series of the voxels inside a mask, held in memory for clustering: read in one
 * pass, volume by volume, into masked voxels x volumes doubles. Each series becomes
 * (x - mean) / std with the population std, as nilearn {@code standardize="zscore"}; a constant series
 * becomes 0. Voxels whose series holds NaN or infinity are dropped and counted.
 */
final class MaskedSeries {

    private final VoxelGrid grid;
    private final int[] voxels;
    private final double[][] rows;
    private final int excluded;

    private MaskedSeries(VoxelGrid grid, int[] voxels, double[][] rows, int excluded) {
        this.grid = grid;
        this.voxels = voxels;
        this.rows = rows;
        this.excluded = excluded;
    }

    /** Reads {@code bold} within {@code mask} (null: every voxel), needing at least {@code clusters} usable voxels. */
    static MaskedSeries load(Path bold, BrainMask mask, int clusters) throws IOException {
        try (NiftiReader reader = NiftiReader.open(bold)) {
            NiftiHeader header = reader.header();
            VoxelGrid grid = VoxelGrid.of(header);
            int[] inside = Regions.indices(BrainMask.insideOn(mask, grid));
            Checks.input(header.volumeCount() <= Integer.MAX_VALUE, bold, "dim", "too many volumes");
            int volumes = (int) header.volumeCount();
            double[][] series = new double[inside.length][volumes];
            double[] volume = new double[grid.voxels()];
            for (int t = 0; t < volumes; t++) {
                reader.readVolume(t, volume);
                for (int p = 0; p < inside.length; p++) {
                    series[p][t] = volume[inside[p]];
                }
            }
            int usable = 0;
            for (int p = 0; p < inside.length; p++) {
                if (finite(series[p])) {
                    inside[usable] = inside[p];
                    series[usable++] = zscore(series[p]);
                }
            }
            Checks.input(usable >= clusters, bold, "data",
                    "%d usable voxels in the mask, fewer than the %d clusters asked for", usable, clusters);
            return new MaskedSeries(grid, Arrays.copyOf(inside, usable),
                    Arrays.copyOf(series, usable), inside.length - usable);
        }
    }

    VoxelGrid grid() {
        return grid;
    }

    /** Flat grid index of each row. */
    int[] voxels() {
        return voxels;
    }

    /** The z-scored series, one row per usable voxel (shared, not copied). */
    double[][] rows() {
        return rows;
    }

    int excluded() {
        return excluded;
    }

    /**
     * The label image of a clustering of the rows ({@code assignment} in 0..k-1): parcels numbered
     * 1..k by the order of their first voxel (Fortran order), 0 elsewhere.
     */
    Parcellation parcellation(int[] assignment, int clusters, double inertia) {
        int[] image = new int[grid.voxels()];
        int[] relabel = new int[clusters];
        int next = 1;
        for (int n = 0; n < voxels.length; n++) {
            if (relabel[assignment[n]] == 0) {
                relabel[assignment[n]] = next++;
            }
            image[voxels[n]] = relabel[assignment[n]];
        }
        return new Parcellation(grid, image, clusters, inertia, excluded);
    }

    private static boolean finite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double[] zscore(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(sum / x.length);
        double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            out[t] = std > 0 ? (x[t] - mean) / std : 0;
        }
        return out;
    }
}
