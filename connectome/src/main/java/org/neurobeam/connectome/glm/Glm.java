package org.neurobeam.connectome.glm;

import org.neurobeam.ingest.Checks;

/** Shared argument checks of this package. */
final class Glm {

    private Glm() {
    }

    static void checkDof(double dof, String option) {
        Checks.argument(dof > 0 && !Double.isNaN(dof), option, "expected positive degrees of freedom, got %s", dof);
    }

    /** Checks a rectangular, finite {@code [rows][columns]} matrix with the expected row count. */
    static int checkMatrix(double[][] m, int rows, String option) {
        Checks.argument(m != null, option, "matrix is missing");
        Checks.argument(m.length == rows, option, "expected %d rows (one per scan), got %d", rows, m.length);
        int columns = rows == 0 ? 0 : m[0].length;
        for (int i = 0; i < rows; i++) {
            Checks.argument(m[i] != null && m[i].length == columns, option,
                    "row %d has %d columns, row 0 has %d", i, m[i] == null ? 0 : m[i].length, columns);
            for (int j = 0; j < columns; j++) {
                Checks.argument(Double.isFinite(m[i][j]), option, "non-finite value %s at row %d, column %d",
                        m[i][j], i, j);
            }
        }
        return columns;
    }
}
