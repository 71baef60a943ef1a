package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * A probabilistic (or any soft) atlas: a 4D image with one map per region, as nilearn's
 * {@code NiftiMapsMasker(maps_img)}. Regions are numbered by volume, from 0 as nilearn does; a names
 * file (see {@link RegionNames}) names them by that index. Map values must be finite.
 */
public final class ProbabilisticAtlas {

    private final Path file;
    private final VoxelGrid grid;
    private final double[][] maps;
    private final Map<Integer, String> names;

    private ProbabilisticAtlas(Path file, VoxelGrid grid, double[][] maps, Map<Integer, String> names) {
        this.file = file;
        this.grid = grid;
        this.maps = maps;
        this.names = names;
    }

    /** Reads all maps (held in memory: regions x voxels doubles) and optional names. */
    public static ProbabilisticAtlas read(Path image, Path names) throws IOException {
        try (NiftiReader reader = NiftiReader.open(image)) {
            long count = reader.header().volumeCount();
            Checks.input(count <= Integer.MAX_VALUE, image, "dim", "%d maps are too many", count);
            VoxelGrid grid = VoxelGrid.of(reader.header());
            double[][] maps = new double[(int) count][];
            for (int r = 0; r < maps.length; r++) {
                maps[r] = reader.readVolume(r);
                for (int n = 0; n < maps[r].length; n++) {
                    Checks.input(Double.isFinite(maps[r][n]), image, "data", "map %d holds %s at voxel %s", r,
                            maps[r][n], Voxels.describe(grid, n));
                }
            }
            return new ProbabilisticAtlas(image, grid, maps, RegionNames.read(names));
        }
    }

    public Path file() {
        return file;
    }

    public VoxelGrid grid() {
        return grid;
    }

    /** Number of maps. */
    public int regions() {
        return maps.length;
    }

    /** The region's name from the names file, else its index as text. */
    public String name(int region) {
        return names.getOrDefault(region, Integer.toString(region));
    }

    /** The maps on {@code target} (region x voxel): as stored on the same grid, else trilinear (0 outside). */
    double[][] mapsOn(VoxelGrid target) {
        if (grid.sameAs(target)) {
            return maps;
        }
        GridResampler resampler = GridResampler.between(grid, target);
        double[][] out = new double[maps.length][];
        for (int r = 0; r < maps.length; r++) {
            out[r] = resampler.trilinear(maps[r]);
        }
        return out;
    }
}
