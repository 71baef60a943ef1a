package org.neurobeam.ingest.nifti;

/**
 * The NIfTI voxel-to-world matrices (NIfTI-1 spec, "method 2" qform and "method 3" sform) computed as
 * nibabel does, and the reverse decomposition of a rigid+zoom affine into a qform for writing.
 */
final class Affines {

    private Affines() {
    }

    /**
     * qform from quaternion (b, c, d), offsets, voxel sizes and qfac. As nibabel {@code fillpositive}:
     * a = sqrt(1 - b^2 - c^2 - d^2), taken as 0 when that is slightly negative (rounding of the stored
     * floats); as {@code quat2mat}: the rotation of the normalised quaternion; then columns scaled by
     * the voxel sizes, the third also by qfac.
     */
    static double[][] qform(double b, double c, double d, double[] offset, double[] zooms, double qfac) {
        double a2 = 1.0 - (b * b + c * c + d * d);
        double a = a2 > 0 ? Math.sqrt(a2) : 0;
        double n = a * a + b * b + c * c + d * d;
        double[][] r = n < 1e-300 ? identity3() : rotation(a, b, c, d, 2.0 / n);
        double[] scale = {zooms[0], zooms[1], zooms[2] * qfac};
        double[][] m = new double[4][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = r[i][j] * scale[j];
            }
            m[i][3] = offset[i];
        }
        m[3][3] = 1;
        return m;
    }

    /** sform: rows srow_x, srow_y, srow_z and (0, 0, 0, 1). */
    static double[][] sform(double[] x, double[] y, double[] z) {
        return new double[][] {x.clone(), y.clone(), z.clone(), {0, 0, 0, 1}};
    }

    /**
     * nibabel's {@code shape_zoom_affine} (the "base" affine used when both codes are 0): diagonal zooms
     * with x flipped, origin at the centre voxel (shape - 1) / 2; missing axes count as size 1, zoom 1.
     */
    static double[][] base(int[] shape, double[] zooms) {
        double[][] m = new double[4][4];
        for (int i = 0; i < 3; i++) {
            double size = i < shape.length ? shape[i] : 1;
            double zoom = i < zooms.length ? zooms[i] : 1;
            if (i == 0) {
                zoom = -zoom;
            }
            m[i][i] = zoom;
            m[i][3] = -(size - 1) / 2.0 * zoom;
        }
        m[3][3] = 1;
        return m;
    }

    /**
     * Splits a 4x4 affine into qform parameters (quatern b, c, d, qfac, zooms, offsets) when its 3x3
     * part is a rotation times positive zooms (possibly with one reflection, carried by qfac = -1, as
     * the spec puts it on the third axis); returns {@code null} for shears or singular matrices.
     */
    static QuaternionForm toQuaternion(double[][] affine) {
        double[] zooms = new double[3];
        double[][] r = new double[3][3];
        for (int j = 0; j < 3; j++) {
            zooms[j] = Math.sqrt(affine[0][j] * affine[0][j] + affine[1][j] * affine[1][j]
                    + affine[2][j] * affine[2][j]);
            if (!(zooms[j] > 0)) {
                return null;
            }
            for (int i = 0; i < 3; i++) {
                r[i][j] = affine[i][j] / zooms[j];
            }
        }
        double qfac = determinant(r) < 0 ? -1 : 1;
        for (int i = 0; i < 3; i++) {
            r[i][2] *= qfac;
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = r[0][i] * r[0][j] + r[1][i] * r[1][j] + r[2][i] * r[2][j];
                if (Math.abs(dot - (i == j ? 1 : 0)) > 1e-6) {
                    return null;
                }
            }
        }
        double[] q = quaternion(r);
        // The stored form keeps a >= 0 (the spec recovers a as the positive root).
        double sign = q[0] < 0 ? -1 : 1;
        return new QuaternionForm(sign * q[1], sign * q[2], sign * q[3], qfac, zooms,
                new double[] {affine[0][3], affine[1][3], affine[2][3]});
    }

    /** qform parameters: quaternion (b, c, d), qfac, voxel sizes and offsets. */
    record QuaternionForm(double b, double c, double d, double qfac, double[] zooms, double[] offset) {
    }

    private static double[][] rotation(double a, double b, double c, double d, double s) {
        double bs = b * s;
        double cs = c * s;
        double ds = d * s;
        return new double[][] {
            {1 - (c * cs + d * ds), b * cs - a * ds, b * ds + a * cs},
            {b * cs + a * ds, 1 - (b * bs + d * ds), c * ds - a * bs},
            {b * ds - a * cs, c * ds + a * bs, 1 - (b * bs + c * cs)}};
    }

    /** Quaternion (a, b, c, d) of a rotation matrix, by the largest-diagonal branch for stability. */
    private static double[] quaternion(double[][] r) {
        double trace = r[0][0] + r[1][1] + r[2][2];
        if (trace > 0) {
            double s = 2 * Math.sqrt(1 + trace);
            return new double[] {s / 4, (r[2][1] - r[1][2]) / s, (r[0][2] - r[2][0]) / s, (r[1][0] - r[0][1]) / s};
        }
        if (r[0][0] > r[1][1] && r[0][0] > r[2][2]) {
            double s = 2 * Math.sqrt(1 + r[0][0] - r[1][1] - r[2][2]);
            return new double[] {(r[2][1] - r[1][2]) / s, s / 4, (r[0][1] + r[1][0]) / s, (r[0][2] + r[2][0]) / s};
        }
        if (r[1][1] > r[2][2]) {
            double s = 2 * Math.sqrt(1 + r[1][1] - r[0][0] - r[2][2]);
            return new double[] {(r[0][2] - r[2][0]) / s, (r[0][1] + r[1][0]) / s, s / 4, (r[1][2] + r[2][1]) / s};
        }
        double s = 2 * Math.sqrt(1 + r[2][2] - r[0][0] - r[1][1]);
        return new double[] {(r[1][0] - r[0][1]) / s, (r[0][2] + r[2][0]) / s, (r[1][2] + r[2][1]) / s, s / 4};
    }

    private static double determinant(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    private static double[][] identity3() {
        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }
}
