package org.neurobeam.connectome.glm;

import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * A first-level design matrix: {@code [scan][column]} values, nilearn's column names (conditions and
 * their {@code _derivative}/{@code _dispersion}/{@code _delay_d} bases, confounds, {@code drift_k},
 * {@code constant}), the frame times, and the warnings raised while building it.
 */
public final class DesignMatrix {

    private final double[] frameTimes;
    private final List<String> names;
    private final double[][] values;
    private final List<String> warnings;

    /** A design given directly; names must be unique and match the columns. */
    public DesignMatrix(double[] frameTimes, List<String> names, double[][] values, List<String> warnings) {
        this.frameTimes = frameTimes.clone();
        this.names = List.copyOf(names);
        this.warnings = List.copyOf(warnings);
        int columns = Glm.checkMatrix(values, frameTimes.length, "design_matrix");
        Checks.argument(columns == this.names.size(), "design_matrix", "%d names for %d columns",
                this.names.size(), columns);
        Checks.argument(this.names.stream().distinct().count() == columns, "design_matrix",
                "column names are not unique: %s", this.names);
        this.values = Confounds.copy(values);
    }

    public double[] frameTimes() {
        return frameTimes.clone();
    }

    public List<String> names() {
        return names;
    }

    /** A copy of the values, {@code [scan][column]}. */
    public double[][] values() {
        return Confounds.copy(values);
    }

    public List<String> warnings() {
        return warnings;
    }

    public int scans() {
        return frameTimes.length;
    }

    public int columns() {
        return names.size();
    }

    /** The column named {@code name}. */
    public double[] column(String name) {
        int j = names.indexOf(name);
        Checks.argument(j >= 0, "column", "no column '%s'; columns are %s", name, names);
        double[] c = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            c[i] = values[i][j];
        }
        return c;
    }

    double[][] raw() {
        return values;
    }
}
