package org.neurobeam.preprocess.parcellation;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.nifti.NiftiHeader;

/**
 * The spatial grid of an image: its first three dimensions and its voxel-to-world affine (nibabel's
 * best affine). Two grids are the same, as nilearn's {@code _check_same_fov} asks, when shapes are
 * equal and every affine entry agrees within {@link #AFFINE_TOLERANCE}.
 *
 * @param shape three positive sizes (missing dimensions of a header count as 1)
 * @param affine 4x4 voxel-to-world matrix
 */
public record VoxelGrid(int[] shape, double[][] affine) {

    /** Largest difference of affine entries for two grids to count as the same. */
    public static final double AFFINE_TOLERANCE = 1e-6;

    public VoxelGrid {
        Checks.argument(shape != null && shape.length == 3 && Arrays.stream(shape).allMatch(s -> s > 0), "shape",
                "expected three positive sizes, got %s", Arrays.toString(shape));
        Checks.argument(affine != null && affine.length == 4 && Arrays.stream(affine).allMatch(r -> r.length == 4),
                "affine", "expected a 4x4 matrix");
        shape = shape.clone();
        affine = Arrays.stream(affine).map(double[]::clone).toArray(double[][]::new);
    }

    /** The grid of an image header. */
    public static VoxelGrid of(NiftiHeader header) {
        int[] dims = header.shape();
        int[] shape = {1, 1, 1};
        System.arraycopy(dims, 0, shape, 0, Math.min(3, dims.length));
        return new VoxelGrid(shape, header.bestAffine());
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public double[][] affine() {
        return Arrays.stream(affine).map(double[]::clone).toArray(double[][]::new);
    }

    /** Number of voxels of one volume. */
    public int voxels() {
        return shape[0] * shape[1] * shape[2];
    }

    /** Same shape and affines equal within {@link #AFFINE_TOLERANCE}. */
    public boolean sameAs(VoxelGrid other) {
        if (!Arrays.equals(shape, other.shape)) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (!(Math.abs(affine[i][j] - other.affine[i][j]) <= AFFINE_TOLERANCE)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The 4x4 map from voxel indices of {@code target} to (fractional) voxel coordinates of this grid:
     * inv(this.affine) * target.affine, as nilearn's {@code resample_img} composes them.
     */
    double[][] coordinatesOf(VoxelGrid target) {
        DMatrixRMaj inverse = new DMatrixRMaj(affine);
        Checks.argument(CommonOps_DDRM.invert(inverse), "affine", "the affine %s is singular",
                Arrays.deepToString(affine));
        DMatrixRMaj product = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.mult(inverse, new DMatrixRMaj(target.affine), product);
        double[][] out = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[i][j] = product.get(i, j);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoxelGrid g && Arrays.equals(shape, g.shape) && Arrays.deepEquals(affine, g.affine);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.deepHashCode(affine);
    }

    @Override
    public String toString() {
        return "VoxelGrid" + Arrays.toString(shape) + " " + Arrays.deepToString(affine);
    }
}
