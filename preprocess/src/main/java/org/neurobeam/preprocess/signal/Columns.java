package org.neurobeam.preprocess.signal;

import org.neurobeam.ingest.Checks;

/**
 * Column statistics and copies for the {@code double[time][column]} layout used throughout this module
 * (time points in rows, regions/voxels/confounds in columns, as nilearn's {@code (n_samples, n_features)}).
 */
public final class Columns {

    private Columns() {
    }

    /** A deep copy. */
    public static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }

    /** Fails unless {@code values} is a non-empty rectangular array with at least one column. */
    public static void requireMatrix(double[][] values, String name) {
        Checks.argument(values != null && values.length > 0, name, "expected at least one time point");
        int columns = values[0].length;
        Checks.argument(columns > 0, name, "expected at least one column");
        for (int t = 0; t < values.length; t++) {
            Checks.argument(values[t].length == columns, name,
                    "row %d has %d columns, row 0 has %d", t, values[t].length, columns);
        }
    }

    /** Column means. */
    public static double[] mean(double[][] values) {
        double[] mean = new double[values[0].length];
        for (double[] row : values) {
            for (int c = 0; c < mean.length; c++) {
                mean[c] += row[c];
            }
        }
        for (int c = 0; c < mean.length; c++) {
            mean[c] /= values.length;
        }
        return mean;
    }

    /** Column standard deviations about the mean with {@code n - ddof} in the denominator (numpy.std). */
    public static double[] std(double[][] values, int ddof) {
        double[] mean = mean(values);
        double[] ss = new double[mean.length];
        for (double[] row : values) {
            for (int c = 0; c < mean.length; c++) {
                double d = row[c] - mean[c];
                ss[c] += d * d;
            }
        }
        for (int c = 0; c < ss.length; c++) {
            ss[c] = Math.sqrt(ss[c] / (values.length - ddof));
        }
        return ss;
    }

    /** A copy with {@code shift[c]} added to every value of column c. */
    public static double[][] plus(double[][] values, double[] shift) {
        double[][] out = copy(values);
        for (double[] row : out) {
            for (int c = 0; c < shift.length; c++) {
                row[c] += shift[c];
            }
        }
        return out;
    }

    /** The rows whose mask entry is true, in order. */
    public static double[][] rows(double[][] values, boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[][] out = new double[n][];
        for (int t = 0, i = 0; t < values.length; t++) {
            if (keep[t]) {
                out[i++] = values[t].clone();
            }
        }
        return out;
    }

    /** Columns of {@code left} followed by those of {@code right}, row by row. */
    public static double[][] concat(double[][] left, double[][] right) {
        double[][] out = new double[left.length][];
        for (int t = 0; t < left.length; t++) {
            out[t] = new double[left[t].length + right[t].length];
            System.arraycopy(left[t], 0, out[t], 0, left[t].length);
            System.arraycopy(right[t], 0, out[t], left[t].length, right[t].length);
        }
        return out;
    }
}
