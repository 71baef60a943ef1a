package org.neurobeam.preprocess.parcellation;

/** Voxel index text for messages. */
final class Voxels {

    private Voxels() {
    }

    /** "(i, j, k)" of flat Fortran-order index {@code n} in {@code grid}. */
    static String describe(VoxelGrid grid, int n) {
        int[] s = grid.shape();
        return "(" + n % s[0] + ", " + n / s[0] % s[1] + ", " + n / (s[0] * s[1]) + ")";
    }
}
