package org.neurobeam.connectome.glm;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.preprocess.filter.CosineDrift;

/**
 * nilearn's {@code _make_drift}: {@code drift_1 .. drift_k} then {@code constant}. Cosine: the DCT-II
 * basis of {@link CosineDrift#nilearn}; polynomial: {@code (t / t_max)^k}, k = 0..order, orthogonalised
 * in that order, the constant moved last; none: the constant alone.
 *
 * @param names    column names
 * @param values   {@code [scan][column]}
 * @param warnings e.g. nilearn's saturation warning of the cosine basis
 */
record DriftRegressors(List<String> names, double[][] values, List<String> warnings) {

    static DriftRegressors of(DesignConfig config, double[] frameTimes) {
        int n = frameTimes.length;
        double[][] values;
        List<String> warnings = List.of();
        switch (config.driftModel()) {
            case COSINE -> {
                CosineDrift drift = CosineDrift.nilearn(config.highPassHz(), frameTimes);
                values = drift.basis();
                warnings = drift.warnings();
            }
            case POLYNOMIAL -> values = polynomial(config.driftOrder(), frameTimes);
            default -> {
                values = new double[n][1];
                for (double[] row : values) {
                    row[0] = 1;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (int k = 1; k < values[0].length; k++) {
            names.add("drift_" + k);
        }
        names.add("constant");
        return new DriftRegressors(names, values, warnings);
    }

    private static double[][] polynomial(int order, double[] frameTimes) {
        double tMax = frameTimes[0];
        for (double t : frameTimes) {
            tMax = Math.max(tMax, t);
        }
        double[][] pol = new double[frameTimes.length][order + 1];
        for (int i = 0; i < frameTimes.length; i++) {
            for (int k = 0; k <= order; k++) {
                pol[i][k] = Math.pow(frameTimes[i] / tMax, k);
            }
        }
        Orthogonalization.inPlace(pol);
        double[][] out = new double[frameTimes.length][order + 1];
        for (int i = 0; i < frameTimes.length; i++) {
            System.arraycopy(pol[i], 1, out[i], 0, order);
            out[i][order] = pol[i][0];
        }
        return out;
    }
}
