package org.neurobeam.preprocess.parcellation;

/**
 * The regions of an atlas laid on the BOLD grid, with per-volume accumulators filled during the
 * streaming pass. "Support voxels" are the BOLD voxels inside the mask that belong to (or weigh on)
 * at least one region; they are numbered 0..n-1 in the order of {@link #voxels()}. Accumulators take
 * O(regions x volumes) memory.
 */
abstract sealed class RegionModel permits LabelRegions, MapRegions {

    private final int[] labels;
    private final String[] names;
    private final int[] voxels;

    RegionModel(int[] labels, String[] names, int[] voxels) {
        this.labels = labels;
        this.names = names;
        this.voxels = voxels;
    }

    /** Label (or map index) of each region, ascending. */
    final int[] labels() {
        return labels;
    }

    final String name(int region) {
        return names[region];
    }

    /** BOLD voxel (flat Fortran index) of each support voxel. */
    final int[] voxels() {
        return voxels;
    }

    /** Allocates the accumulators for {@code volumes} volumes. */
    abstract void start(int volumes);

    /** Adds finite value {@code y} of support voxel {@code p} in volume {@code t}. */
    abstract void add(int t, int p, double y);

    /** Takes back a value earlier {@link #add added}. */
    abstract void remove(int t, int p, double y);

    /** Per region, the support voxels that count for it, leaving out those {@code excluded} (may be null). */
    abstract int[] voxelCounts(boolean[] excluded);

    /** Signals {@code [time][kept region]} for the regions with {@code keep}, from the good voxels. */
    abstract double[][] solve(boolean[] excluded, boolean[] keep);
}
