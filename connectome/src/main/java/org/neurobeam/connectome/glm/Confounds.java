package org.neurobeam.connectome.glm;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Additional regressors (nilearn's {@code add_regs} / {@code add_reg_names}), one row per scan.
 *
 * @param names  one name per column
 * @param values {@code [scan][column]}
 */
public record Confounds(List<String> names, double[][] values) {

    public Confounds {
        names = List.copyOf(names);
        Checks.argument(values != null, "confounds", "values are missing");
        int columns = Glm.checkMatrix(values, values.length, "confounds");
        Checks.argument(values.length == 0 || columns == names.size(), "add_reg_names",
                "%d names for %d confound columns", names.size(), columns);
        values = copy(values);
    }

    /** Columns named as nilearn does when no names are given: {@code reg0, reg1, ...}. */
    public static Confounds unnamed(double[][] values) {
        List<String> names = new ArrayList<>();
        for (int k = 0; values.length > 0 && k < values[0].length; k++) {
            names.add("reg" + k);
        }
        return new Confounds(names, values);
    }

    @Override
    public double[][] values() {
        return copy(values);
    }

    static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
