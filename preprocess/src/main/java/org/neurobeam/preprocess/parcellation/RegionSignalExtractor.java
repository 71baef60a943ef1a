package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * Region signals of a BOLD image in one streaming pass over its volumes, as nilearn's
 * {@code NiftiLabelsMasker(strategy="mean")} / {@code NiftiMapsMasker} {@code transform} (without their
 * optional cleaning; see {@code SignalCleaner}). The atlas and mask are first brought onto the BOLD
 * grid ({@link GridResampler}) unless already on it.
 *
 * <p>Memory: one volume of doubles, the support-voxel index arrays (at most one volume of ints each),
 * the atlas on the grid (labels: one int per voxel; maps: regions x support doubles), and
 * regions x volumes accumulators; independent of the image's length otherwise.
 *
 * <p>Non-finite values: a voxel in the mask holding NaN or infinity in any volume is left out of its
 * regions in every volume (the usual masking convention: a region's voxel set does not change over
 * time), so NaN never reaches a signal. Such voxels are counted per region in the report. When a
 * voxel first turns non-finite after volume 0, its earlier values are taken back by re-reading the
 * volumes before that point (counted in {@link ExtractionReport#volumesReread()}); otherwise each
 * volume is read exactly once. Regions with no usable voxel are reported as {@link EmptyRegion}s and
 * kept out of the matrix; an image sharing no voxel with any region is an error naming both files.
 */
public final class RegionSignalExtractor {

    private final Path atlasFile;
    private final VoxelGrid atlasGrid;
    private final BrainMask mask;
    private final ModelFactory factory;

    /** Lays the atlas on a BOLD grid, within a mask given as in/out per grid voxel. */
    @FunctionalInterface
    private interface ModelFactory {
        RegionModel on(VoxelGrid grid, boolean[] inside);
    }

    private RegionSignalExtractor(Path atlasFile, VoxelGrid atlasGrid, BrainMask mask, ModelFactory factory) {
        this.atlasFile = atlasFile;
        this.atlasGrid = atlasGrid;
        this.mask = mask;
        this.factory = factory;
    }

    /** Mean signal of each label, over voxels inside {@code mask} (null: the whole grid). */
    public static RegionSignalExtractor labels(LabelsAtlas atlas, BrainMask mask) {
        return new RegionSignalExtractor(atlas.file(), atlas.grid(), mask,
                (grid, inside) -> LabelRegions.on(atlas, grid, inside));
    }

    /** Least-squares signal of each map, over voxels inside {@code mask} (null: the whole grid). */
    public static RegionSignalExtractor maps(ProbabilisticAtlas atlas, BrainMask mask) {
        return new RegionSignalExtractor(atlas.file(), atlas.grid(), mask,
                (grid, inside) -> MapRegions.on(atlas, grid, inside));
    }

    /** Opens {@code bold} and extracts from it. */
    public RegionSignals extract(Path bold) throws IOException {
        try (NiftiReader reader = NiftiReader.open(bold)) {
            return extract(reader);
        }
    }

    /** Extracts from an open image, reading its volumes in order from the first. */
    public RegionSignals extract(NiftiReader reader) throws IOException {
        NiftiHeader header = reader.header();
        Path bold = header.file();
        Checks.input(header.volumeCount() <= Integer.MAX_VALUE, bold, "dim", "%d volumes are too many",
                header.volumeCount());
        int volumes = (int) header.volumeCount();
        VoxelGrid grid = VoxelGrid.of(header);
        RegionModel model = factory.on(grid, BrainMask.insideOn(mask, grid));
        int[] total = model.voxelCounts(null);
        checkOverlap(Arrays.stream(total).anyMatch(c -> c > 0), bold, grid);

        int[] voxels = model.voxels();
        int[] firstBad = new int[voxels.length];
        Arrays.fill(firstBad, -1);
        model.start(volumes);
        double[] volume = new double[grid.voxels()];
        for (int t = 0; t < volumes; t++) {
            reader.readVolume(t, volume);
            for (int p = 0; p < voxels.length; p++) {
                if (firstBad[p] >= 0) {
                    continue;
                }
                double y = volume[voxels[p]];
                if (Double.isFinite(y)) {
                    model.add(t, p, y);
                } else {
                    firstBad[p] = t;
                }
            }
        }
        int reread = takeBackLateNonFinite(reader, model, firstBad, volume);

        boolean[] excluded = new boolean[voxels.length];
        for (int p = 0; p < voxels.length; p++) {
            excluded[p] = firstBad[p] >= 0;
        }
        int[] good = model.voxelCounts(excluded);
        checkOverlap(Arrays.stream(good).anyMatch(c -> c > 0), bold, grid);
        return assemble(model, total, good, excluded, reread, grid);
    }

    /** Removes from the sums the values that voxels held before they turned non-finite. */
    private static int takeBackLateNonFinite(NiftiReader reader, RegionModel model, int[] firstBad, double[] volume)
            throws IOException {
        int last = Arrays.stream(firstBad).max().orElse(-1);
        int[] voxels = model.voxels();
        for (int t = 0; t < last; t++) {
            reader.readVolume(t, volume);
            for (int p = 0; p < voxels.length; p++) {
                if (firstBad[p] > t) {
                    model.remove(t, p, volume[voxels[p]]);
                }
            }
        }
        return Math.max(last, 0);
    }

    private RegionSignals assemble(RegionModel model, int[] total, int[] good, boolean[] excluded, int reread,
            VoxelGrid grid) {
        int[] labels = model.labels();
        boolean[] keep = new boolean[labels.length];
        List<EmptyRegion> empty = new ArrayList<>();
        Map<Integer, Integer> nonFinite = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (int r = 0; r < labels.length; r++) {
            keep[r] = good[r] > 0;
            if (keep[r]) {
                names.add(model.name(r));
            } else {
                empty.add(new EmptyRegion(labels[r], model.name(r),
                        total[r] == 0 ? EmptyRegion.Reason.NO_VOXELS : EmptyRegion.Reason.ALL_NON_FINITE));
            }
            if (total[r] > good[r]) {
                nonFinite.put(labels[r], total[r] - good[r]);
            }
        }
        ExtractionReport report = new ExtractionReport(empty, nonFinite, !atlasGrid.sameAs(grid),
                mask != null && !mask.grid().sameAs(grid), reread);
        int[] kept = Regions.indices(keep);
        return new RegionSignals(Arrays.stream(kept).map(r -> labels[r]).toArray(), names,
                model.solve(excluded, keep), report);
    }

    private void checkOverlap(boolean overlaps, Path bold, VoxelGrid grid) throws IOException {
        Checks.input(overlaps, bold, "atlas",
                "no region of atlas %s has a usable voxel in this image%s (atlas grid %s, image grid %s)",
                atlasFile, mask == null ? "" : " inside mask " + mask.file(), atlasGrid, grid);
    }
}
