package org.neurobeam.connectome.glm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.ejml.data.DMatrixRMaj;
import org.neurobeam.ingest.Checks;

/**
 * nilearn's {@code run_glm}, column-wise on a {@code [time][unit]} block (region signals or a block of
 * voxels): OLS; or, for AR(1), OLS residuals → lag-1 Yule-Walker coefficient per unit → truncated to a
 * multiple of 1/bins → one whitened OLS refit per distinct coefficient. Memory is O(time × units) for the
 * block plus O(columns × units) for the betas.
 */
public final class GlmFit {

    private GlmFit() {
    }

    /** Fits {@code y} ({@code [time][unit]}, finite, one row per scan) to the design. */
    public static GlmResult fit(DesignMatrix design, double[][] y, GlmConfig config) {
        int n = design.scans();
        int units = Glm.checkMatrix(y, n, "signals");
        Checks.argument(units > 0, "signals", "no units (columns) to fit");
        DMatrixRMaj x = new DMatrixRMaj(design.raw());
        DMatrixRMaj data = new DMatrixRMaj(y);
        int p = design.columns();
        double[][] betas = new double[p][units];
        double[] variance = new double[units];
        double[] ar1 = new double[units];
        int[] model = new int[units];
        List<double[][]> covariances = new ArrayList<>();
        LinearModel ols = new LinearModel(x, design.names());
        int[] all = new int[units];
        Arrays.setAll(all, u -> u);
        if (config.noiseModel() == NoiseModel.OLS) {
            ols.fit(data, all, betas, variance);
            Arrays.fill(ar1, Double.NaN);
            covariances.add(ols.covariance());
            return new GlmResult(design.names(), betas, variance, ar1, ols.dof(), model, covariances);
        }
        DMatrixRMaj residuals = ols.residuals(data);
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        double[] series = new double[n];
        for (int u = 0; u < units; u++) {
            for (int t = 0; t < n; t++) {
                series[t] = residuals.get(t, u);
            }
            groups.computeIfAbsent(Ar1.bin(Ar1.yuleWalker(series), config.bins()), k -> new ArrayList<>()).add(u);
        }
        residuals = null; // released before the refits: at most two time × units blocks live at once
        for (var group : groups.entrySet()) {
            double rho = group.getKey() * 1.0 / config.bins();
            int[] members = group.getValue().stream().mapToInt(Integer::intValue).toArray();
            DMatrixRMaj block = new DMatrixRMaj(n, members.length);
            for (int t = 0; t < n; t++) {
                for (int c = 0; c < members.length; c++) {
                    block.set(t, c, y[t][members[c]]);
                }
            }
            LinearModel whitened = new LinearModel(Ar1.whiten(x, rho), design.names());
            whitened.fit(Ar1.whiten(block, rho), members, betas, variance);
            for (int u : members) {
                ar1[u] = rho;
                model[u] = covariances.size();
            }
            covariances.add(whitened.covariance());
        }
        return new GlmResult(design.names(), betas, variance, ar1, ols.dof(), model, covariances);
    }
}
