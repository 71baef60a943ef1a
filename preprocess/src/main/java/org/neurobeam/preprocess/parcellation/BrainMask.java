package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * A 3D brain mask: voxels whose value is non-zero (and not NaN) are in, as nilearn's
 * {@code mask_img} after {@code load_mask_img} (which, unlike this class, also insists on exactly two
 * distinct values).
 */
public final class BrainMask {

    private final Path file;
    private final VoxelGrid grid;
    private final boolean[] inside;

    private BrainMask(Path file, VoxelGrid grid, boolean[] inside) {
        this.file = file;
        this.grid = grid;
        this.inside = inside;
    }

    public static BrainMask read(Path image) throws IOException {
        try (NiftiReader reader = NiftiReader.open(image)) {
            Checks.input(reader.header().volumeCount() == 1, image, "dim",
                    "a mask has one 3D volume, this image has %d volumes", reader.header().volumeCount());
            double[] values = reader.readVolume(0);
            boolean[] inside = new boolean[values.length];
            for (int n = 0; n < values.length; n++) {
                inside[n] = values[n] != 0 && !Double.isNaN(values[n]);
            }
            return new BrainMask(image, VoxelGrid.of(reader.header()), inside);
        }
    }

    public Path file() {
        return file;
    }

    public VoxelGrid grid() {
        return grid;
    }

    /** Voxels in the mask. */
    public int count() {
        int n = 0;
        for (boolean b : inside) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** In/out for each voxel of {@code target}: everything in for a null mask, else {@code mask.insideOn(target)}. */
    static boolean[] insideOn(BrainMask mask, VoxelGrid target) {
        if (mask == null) {
            boolean[] all = new boolean[target.voxels()];
            Arrays.fill(all, true);
            return all;
        }
        return mask.insideOn(target);
    }

    /** In/out for each voxel of {@code target}: this mask, or its nearest-neighbour resampling (out outside). */
    boolean[] insideOn(VoxelGrid target) {
        if (grid.sameAs(target)) {
            return inside.clone();
        }
        int[] nearest = GridResampler.between(grid, target).nearestIndices();
        boolean[] out = new boolean[nearest.length];
        for (int n = 0; n < out.length; n++) {
            out[n] = nearest[n] >= 0 && inside[nearest[n]];
        }
        return out;
    }
}
