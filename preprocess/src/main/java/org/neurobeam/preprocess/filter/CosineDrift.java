package org.neurobeam.preprocess.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.signal.Columns;

/**
 * Discrete cosine (DCT-II) drift regressors for high-pass filtering by regression: SPM's
 * {@code spm_dctmtx} and nilearn's {@code _cosine_drift(high_pass, frame_times)}, used by
 * {@code signal.clean(filter='cosine')} and first-level design matrices.
 *
 * @param basis regressors {@code [time][k]}: cosines of increasing frequency then, last, a constant 1
 * @param warnings nilearn's warning when the cut-off saturates the basis
 */
public record CosineDrift(double[][] basis, List<String> warnings) {

    public CosineDrift {
        basis = Columns.copy(basis);
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[][] basis() {
        return Columns.copy(basis);
    }

    /**
     * nilearn's drift: with {@code dt = (t[n-1] - t[0]) / (n - 1)}, {@code order = min(n - 1,
     * floor(2 n high_pass dt))} cosines {@code sqrt(2/n) cos(pi/n (i + 1/2) k)}, k = 1..order, then a
     * constant column of ones.
     */
    public static CosineDrift nilearn(double highPassHz, double[] frameTimes) {
        Checks.positive(highPassHz, "high_pass");
        int n = frameTimes.length;
        Checks.argument(n >= 2, "frame_times", "expected at least 2 frame times, got %d", n);
        double dt = (frameTimes[n - 1] - frameTimes[0]) / (n - 1);
        List<String> warnings = new ArrayList<>();
        if (highPassHz * dt >= 0.5) {
            warnings.add(String.format(Locale.ROOT, "High-pass filter will span all accessible frequencies and"
                    + " saturate the design matrix; the provided value is %s Hz", highPassHz));
        }
        int order = (int) Math.min(n - 1, Math.floor(2 * n * highPassHz * dt));
        double[][] basis = new double[n][order + 1];
        double normalizer = Math.sqrt(2.0 / n);
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= order; k++) {
                basis[i][k - 1] = normalizer * Math.cos((Math.PI / n) * (i + 0.5) * k);
            }
            basis[i][order] = 1.0;
        }
        return new CosineDrift(basis, warnings);
    }

    /**
     * SPM's {@code spm_dctmtx(n, k)}: the first k columns of the orthonormal n-point DCT-II basis,
     * column 0 = {@code 1/sqrt(n)}, column j = {@code sqrt(2/n) cos(pi (2i + 1) j / (2n))}.
     */
    public static double[][] spmDctMatrix(int n, int k) {
        Checks.argument(n > 0, "N", "expected a positive number of samples, got %d", n);
        Checks.argument(k > 0 && k <= n, "K", "expected 1 <= K <= N = %d, got %d", n, k);
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) {
            out[i][0] = 1 / Math.sqrt(n);
            for (int j = 1; j < k; j++) {
                out[i][j] = Math.sqrt(2.0 / n) * Math.cos(Math.PI * (2 * i + 1) * j / (2.0 * n));
            }
        }
        return out;
    }
}
