package org.neurobeam.connectome.glm.voxel;

import java.util.Arrays;
import org.neurobeam.connectome.glm.GlmResult;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.ingest.Checks;

/**
 * A voxelwise fit: the {@link GlmResult} of the fitted voxels (betas, residual variance, AR(1)
 * coefficient; pass it to {@link TContrast#of} for contrasts), which grid voxel each fitted unit is, and
 * how many voxels of the mask were left out, for a non-finite sample or for zero variance.
 */
public final class VoxelGlmResult {

    private final VoxelGrid grid;
    private final int[] voxels;
    private final GlmResult fit;
    private final int nonFinite;
    private final int constant;

    VoxelGlmResult(VoxelGrid grid, int[] voxels, GlmResult fit, int nonFinite, int constant) {
        this.grid = grid;
        this.voxels = voxels;
        this.fit = fit;
        this.nonFinite = nonFinite;
        this.constant = constant;
    }

    public VoxelGrid grid() {
        return grid;
    }

    /** The fit; unit u is grid voxel {@code voxels()[u]}. */
    public GlmResult fit() {
        return fit;
    }

    /** Grid indices (i fastest) of the fitted voxels, ascending. */
    public int[] voxels() {
        return voxels.clone();
    }

    /** Voxels of the mask left out because a sample was NaN or infinite. */
    public int nonFiniteVoxels() {
        return nonFinite;
    }

    /** Voxels of the mask left out because their series was constant. */
    public int constantVoxels() {
        return constant;
    }

    /** A t contrast of every fitted voxel, as an expression over the design's columns. */
    public TContrast contrast(String expression) {
        return TContrast.of(fit, expression);
    }

    /** A whole volume (i fastest) holding {@code perVoxel} at the fitted voxels and NaN elsewhere. */
    public double[] toVolume(double[] perVoxel) {
        Checks.argument(perVoxel.length == voxels.length, "values", "expected %d values (one per fitted voxel),"
                + " got %d", voxels.length, perVoxel.length);
        double[] volume = new double[grid.voxels()];
        Arrays.fill(volume, Double.NaN);
        for (int u = 0; u < voxels.length; u++) {
            volume[voxels[u]] = perVoxel[u];
        }
        return volume;
    }
}
