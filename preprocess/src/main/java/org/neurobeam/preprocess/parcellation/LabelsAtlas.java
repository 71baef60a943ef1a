package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * A deterministic atlas: a 3D image of integer labels, 0 the background (nilearn's
 * {@code NiftiLabelsMasker(background_label=0)}), with optional names from a {@code dseg.tsv} or a
 * FreeSurfer LUT (see {@link RegionNames}). Values are read scaled, as nibabel {@code get_fdata}, and
 * must be whole numbers in int range; anything else fails naming the file and voxel.
 */
public final class LabelsAtlas {

    private final Path file;
    private final VoxelGrid grid;
    private final int[] volume;
    private final int[] labels;
    private final Map<Integer, String> names;

    private LabelsAtlas(Path file, VoxelGrid grid, int[] volume, Map<Integer, String> names) {
        this.file = file;
        this.grid = grid;
        this.volume = volume;
        this.names = names;
        TreeSet<Integer> present = new TreeSet<>();
        for (int v : volume) {
            if (v != 0) {
                present.add(v);
            }
        }
        this.labels = present.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reads the label image and, when {@code names} is not null, the region names. */
    public static LabelsAtlas read(Path image, Path names) throws IOException {
        try (NiftiReader reader = NiftiReader.open(image)) {
            Checks.input(reader.header().volumeCount() == 1, image, "dim",
                    "a labels atlas has one 3D volume, this image has %d volumes", reader.header().volumeCount());
            VoxelGrid grid = VoxelGrid.of(reader.header());
            double[] values = reader.readVolume(0);
            int[] volume = new int[values.length];
            for (int n = 0; n < values.length; n++) {
                double v = values[n];
                if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                    throw new InvalidInputException(image, "data", "labels must be whole numbers, voxel "
                            + Voxels.describe(grid, n) + " holds " + v);
                }
                volume[n] = (int) v;
            }
            return new LabelsAtlas(image, grid, volume, RegionNames.read(names));
        }
    }

    public Path file() {
        return file;
    }

    public VoxelGrid grid() {
        return grid;
    }

    /** The distinct non-zero labels of the image, ascending. */
    public int[] labels() {
        return labels.clone();
    }

    /** The region's name from the names file, else the label number as text. */
    public String name(int label) {
        return names.getOrDefault(label, Integer.toString(label));
    }

    /**
     * The label of each voxel of {@code target} (Fortran order): the image itself on the same grid,
     * else nearest-neighbour resampled ({@link GridResampler#nearestIndices()}), 0 outside the atlas.
     */
    int[] labelsOn(VoxelGrid target) {
        if (grid.sameAs(target)) {
            return volume.clone();
        }
        int[] nearest = GridResampler.between(grid, target).nearestIndices();
        int[] out = new int[nearest.length];
        for (int n = 0; n < out.length; n++) {
            out[n] = nearest[n] < 0 ? 0 : volume[nearest[n]];
        }
        return out;
    }
}
