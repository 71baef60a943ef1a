package org.neurobeam.preprocess.parcellation;

import java.util.Arrays;

/**
 * Labels on the BOLD grid, reduced by the mean of each region's voxels per volume: nilearn
 * {@code NiftiLabelsMasker(strategy="mean")}. Sums are accumulated per volume and divided by the
 * region's count of good voxels at the end.
 */
final class LabelRegions extends RegionModel {

    private final int[] regionOf;
    private double[][] sums;

    private LabelRegions(int[] labels, String[] names, int[] voxels, int[] regionOf) {
        super(labels, names, voxels);
        this.regionOf = regionOf;
    }

    /** Regions of {@code atlas} over the voxels of {@code grid} inside {@code mask}. */
    static LabelRegions on(LabelsAtlas atlas, VoxelGrid grid, boolean[] mask) {
        int[] labels = atlas.labels();
        String[] names = Arrays.stream(labels).mapToObj(atlas::name).toArray(String[]::new);
        int[] onGrid = atlas.labelsOn(grid);
        int[] voxels = new int[onGrid.length];
        int[] regionOf = new int[onGrid.length];
        int n = 0;
        for (int v = 0; v < onGrid.length; v++) {
            if (mask[v] && onGrid[v] != 0) {
                voxels[n] = v;
                regionOf[n++] = Arrays.binarySearch(labels, onGrid[v]);
            }
        }
        return new LabelRegions(labels, names, Arrays.copyOf(voxels, n), Arrays.copyOf(regionOf, n));
    }

    @Override
    void start(int volumes) {
        sums = new double[volumes][labels().length];
    }

    @Override
    void add(int t, int p, double y) {
        sums[t][regionOf[p]] += y;
    }

    @Override
    void remove(int t, int p, double y) {
        sums[t][regionOf[p]] -= y;
    }

    @Override
    int[] voxelCounts(boolean[] excluded) {
        int[] counts = new int[labels().length];
        for (int p = 0; p < regionOf.length; p++) {
            if (excluded == null || !excluded[p]) {
                counts[regionOf[p]]++;
            }
        }
        return counts;
    }

    @Override
    double[][] solve(boolean[] excluded, boolean[] keep) {
        int[] counts = voxelCounts(excluded);
        int[] kept = Regions.indices(keep);
        double[][] out = new double[sums.length][kept.length];
        for (int t = 0; t < sums.length; t++) {
            for (int j = 0; j < kept.length; j++) {
                out[t][j] = sums[t][kept[j]] / counts[kept[j]];
            }
        }
        return out;
    }
}
