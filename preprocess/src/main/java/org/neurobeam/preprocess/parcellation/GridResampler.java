package org.neurobeam.preprocess.parcellation;

/**
 * Resampling of one volume from a source grid onto a target grid, as nilearn's {@code resample_to_img}
 * (scipy {@code ndimage.affine_transform}/{@code map_coordinates}, {@code mode='constant', cval=0}):
 * each target voxel centre is mapped through inv(sourceAffine) * targetAffine to source voxel
 * coordinates c. As scipy with mode 'constant', a point lies inside the source field of view when
 * 0 <= c <= n - 1 on every axis, here widened by {@link #EDGE_TOLERANCE} to absorb affine rounding;
 * points outside get 0.
 * <ul>
 * <li>{@link #nearestIndices()}: order 0, the voxel floor(c + 0.5) on each axis (scipy's rounding);
 * used for labels and masks.
 * <li>{@link #trilinear(double[])}: order 1, the weighted mean of the 8 surrounding voxels; used for
 * probabilistic maps (nilearn's {@code NiftiMapsMasker} resamples maps with
 * {@code interpolation="continuous"}, a cubic spline; trilinear keeps maps non-negative and local).
 * </ul>
 */
public final class GridResampler {

    /** Voxel distance outside [0, n - 1] still counted as on the edge. */
    public static final double EDGE_TOLERANCE = 1e-6;

    private final int[] source;
    private final int[] target;
    private final double[][] map;

    private GridResampler(VoxelGrid source, VoxelGrid target) {
        this.source = source.shape();
        this.target = target.shape();
        this.map = source.coordinatesOf(target);
    }

    /** A resampler from {@code source} onto {@code target}. */
    public static GridResampler between(VoxelGrid source, VoxelGrid target) {
        return new GridResampler(source, target);
    }

    /** For each target voxel (Fortran order), the nearest source voxel's flat index, or -1 outside. */
    public int[] nearestIndices() {
        int[] out = new int[target[0] * target[1] * target[2]];
        double[] c = new double[3];
        int n = 0;
        for (int k = 0; k < target[2]; k++) {
            for (int j = 0; j < target[1]; j++) {
                for (int i = 0; i < target[0]; i++) {
                    out[n++] = inside(i, j, k, c) ? flat((int) Math.floor(c[0] + 0.5), (int) Math.floor(c[1] + 0.5),
                            (int) Math.floor(c[2] + 0.5)) : -1;
                }
            }
        }
        return out;
    }

    /** {@code values} (one source volume, Fortran order) interpolated trilinearly at each target voxel. */
    public double[] trilinear(double[] values) {
        double[] out = new double[target[0] * target[1] * target[2]];
        double[] c = new double[3];
        int n = 0;
        for (int k = 0; k < target[2]; k++) {
            for (int j = 0; j < target[1]; j++) {
                for (int i = 0; i < target[0]; i++) {
                    out[n++] = inside(i, j, k, c) ? interpolate(values, c) : 0;
                }
            }
        }
        return out;
    }

    private double interpolate(double[] values, double[] c) {
        int[] low = new int[3];
        int[] high = new int[3];
        double[] w = new double[3];
        for (int a = 0; a < 3; a++) {
            low[a] = Math.min((int) Math.floor(c[a]), source[a] - 1);
            high[a] = Math.min(low[a] + 1, source[a] - 1);
            w[a] = c[a] - low[a];
        }
        double sum = 0;
        for (int corner = 0; corner < 8; corner++) {
            double weight = 1;
            int[] at = new int[3];
            for (int a = 0; a < 3; a++) {
                boolean up = (corner >> a & 1) == 1;
                weight *= up ? w[a] : 1 - w[a];
                at[a] = up ? high[a] : low[a];
            }
            if (weight != 0) {
                sum += weight * values[flat(at[0], at[1], at[2])];
            }
        }
        return sum;
    }

    /** Source coordinates of target voxel (i, j, k) into {@code c}, clamped to the edges; false outside. */
    private boolean inside(int i, int j, int k, double[] c) {
        for (int a = 0; a < 3; a++) {
            double x = map[a][0] * i + map[a][1] * j + map[a][2] * k + map[a][3];
            if (x < -EDGE_TOLERANCE || x > source[a] - 1 + EDGE_TOLERANCE || Double.isNaN(x)) {
                return false;
            }
            c[a] = Math.max(0, Math.min(source[a] - 1, x));
        }
        return true;
    }

    private int flat(int i, int j, int k) {
        return i + source[0] * (j + source[1] * k);
    }
}
