package org.neurobeam.connectome.glm.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.GlmResult;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.ingest.nifti.NiftiDatatype;
import org.neurobeam.ingest.testing.SharedData;

/**
 * Four voxels against statsmodels (voxel_glm_fixture.json, written by voxel_glm_fixture.py beside it):
 * OLS, AR(1) (statsmodels' Yule-Walker, nilearn's truncation and whitening, OLS on the whitened data),
 * and AR(1) after mean scaling; the series are written as a float64 NIfTI so no rounding intervenes.
 */
class VoxelGlmStatsmodelsTest {

    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ols, OLS, false", "ar1, AR1, false", "ar1_scaled, AR1, true"})
    void matchesStatsmodels(String key, String model, boolean scaling, @TempDir Path dir) throws IOException {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("voxel_glm_fixture.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        double[][] x = matrix(fixture.get("X"));
        double[][] y = matrix(fixture.get("Y"));
        List<String> names = new ArrayList<>();
        fixture.get("names").forEach(name -> names.add(name.asText()));
        double[] times = new double[x.length];
        for (int t = 0; t < times.length; t++) {
            times[t] = 2.0 * t;
        }
        DesignMatrix design = new DesignMatrix(times, names, x, List.of());
        Path bold = dir.resolve("bold.nii.gz");
        VoxelImages.write(bold, new int[] {2, 2, 1}, y, NiftiDatatype.FLOAT64);
        GlmConfig glm = model.equals("OLS") ? GlmConfig.OLS : GlmConfig.DEFAULT;

        VoxelGlmResult result = VoxelGlm.fit(bold, design, null, new VoxelGlmConfig(glm, scaling));
        GlmResult fit = result.fit();
        TContrast contrast = TContrast.of(fit, SharedData.numbers(fixture.get("contrast")));

        double worst = 0;
        double worstP = 0;
        double[][] betas = fit.betas();
        for (int u = 0; u < 4; u++) {
            JsonNode ref = fixture.get(key).get(u);
            double[] params = SharedData.numbers(ref.get("params"));
            for (int j = 0; j < params.length; j++) {
                worst = Math.max(worst, relative(betas[j][u], params[j], 1));
            }
            worst = Math.max(worst, relative(fit.residualVariance()[u], ref.get("scale").asDouble(), 0));
            worst = Math.max(worst, relative(contrast.effect()[u], ref.get("effect").asDouble(), 1));
            worst = Math.max(worst, relative(contrast.t()[u], ref.get("t").asDouble(), 1));
            worstP = Math.max(worstP, relative(contrast.p()[u], ref.get("p").asDouble(), 0));
            worst = Math.max(worst, relative(contrast.z()[u], ref.get("z").asDouble(), 1));
            if (ref.has("rho")) {
                assertEquals(ref.get("rho").asDouble(), fit.ar1()[u], 0, "AR(1) coefficient, voxel " + u);
            }
        }
        System.out.printf("voxel GLM vs statsmodels (%s): max relative diff of betas, sigma^2, effect, t, z"
                + " %.3e, of p %.3e%n", key, worst, worstP);
        assertTrue(worst < TOLERANCE, "max relative difference " + worst);
        assertTrue(worstP < TOLERANCE, "max relative difference of p " + worstP);
    }

    private static double relative(double got, double want, double floor) {
        return Math.abs(got - want) / Math.max(Math.abs(want), floor);
    }

    private static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = SharedData.numbers(rows.get(i));
        }
        return m;
    }
}
