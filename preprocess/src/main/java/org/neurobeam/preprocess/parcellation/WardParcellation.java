package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;

/**
 * Parcellation without an atlas, after nilearn's {@code Parcellations(method="ward")}: Ward
 * agglomerative clustering ({@link WardClustering}) of the z-scored series of the voxels inside the
 * mask ({@link MaskedSeries}), each voxel connected to its 6 face neighbours inside the mask (scikit-learn
 * {@code grid_to_graph}), so parcels are spatially contiguous. Parcels are numbered 1..k by their
 * first voxel. Deterministic: no seed.
 *
 * <p>Unlike nilearn, the series are not first reduced by randomised SVD. A mask whose voxels form
 * more than k connected pieces gives one parcel per piece at least ({@link Parcellation#clusters()}
 * says how many).
 *
 * <p>Memory: masked voxels x volumes doubles for the series and as much again for cluster sums, plus
 * the neighbour sets and a queue of candidate merges (about 3 per voxel, growing with merges).
 */
public final class WardParcellation {

    private final int clusters;

    /** Parcellation into {@code clusters} parcels (at least 1). */
    public WardParcellation(int clusters) {
        Checks.argument(clusters >= 1, "clusters", "expected at least 1, got %d", clusters);
        this.clusters = clusters;
    }

    /** Parcellates {@code bold} within {@code mask} (null: every voxel). */
    public Parcellation fit(Path bold, BrainMask mask) throws IOException {
        MaskedSeries series = MaskedSeries.load(bold, mask, clusters);
        WardClustering.Result result = WardClustering.fit(series.rows(), faceNeighbours(series), clusters);
        return series.parcellation(result.assignment(), result.clusters(), result.inertia());
    }

    /** For each row, the rows of its face neighbours (i, j or k one step away) among the usable voxels. */
    private static int[][] faceNeighbours(MaskedSeries series) {
        int[] shape = series.grid().shape();
        int[] voxels = series.voxels();
        int[] rowOf = new int[series.grid().voxels()];
        Arrays.fill(rowOf, -1);
        for (int n = 0; n < voxels.length; n++) {
            rowOf[voxels[n]] = n;
        }
        int[] strides = {1, shape[0], shape[0] * shape[1]};
        int[][] out = new int[voxels.length][];
        for (int n = 0; n < voxels.length; n++) {
            int v = voxels[n];
            int[] at = {v % shape[0], v / shape[0] % shape[1], v / strides[2]};
            int[] found = new int[6];
            int count = 0;
            for (int axis = 0; axis < 3; axis++) {
                for (int step = -1; step <= 1; step += 2) {
                    int c = at[axis] + step;
                    if (c >= 0 && c < shape[axis] && rowOf[v + step * strides[axis]] >= 0) {
                        found[count++] = rowOf[v + step * strides[axis]];
                    }
                }
            }
            out[n] = Arrays.copyOf(found, count);
        }
        return out;
    }
}
