package org.neurobeam.connectome.glm.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.ingest.nifti.NiftiDatatype;

/**
 * Planted truth on an 8 × 8 × 4 × 200 image: regressor "a" drives the voxels with i &lt; 3 (effect 2,
 * innovation sd 1), elsewhere only noise; all noise is stationary AR(1) with ρ = 0.4. Fitted with
 * nilearn's AR(1) model, the active voxels have large t, the null voxels z of about unit variance,
 * and the estimated ρ averages 0.4 within 0.03.
 */
class VoxelGlmPlantedTest {

    private static final int[] SHAPE = {8, 8, 4};
    private static final int N = 200;
    private static final double RHO = 0.4;

    @Test
    void recoversPlantedEffectAndAutocorrelation(@TempDir Path dir) throws IOException {
        DesignMatrix design = VoxelImages.design(N, 11, true);
        double[][] x = design.values();
        int voxels = SHAPE[0] * SHAPE[1] * SHAPE[2];
        Random random = new Random(12);
        double[][] y = new double[N][voxels];
        for (int v = 0; v < voxels; v++) {
            boolean active = v % SHAPE[0] < 3;
            double e = random.nextGaussian() / Math.sqrt(1 - RHO * RHO);
            for (int t = 0; t < N; t++) {
                e = t == 0 ? e : RHO * e + random.nextGaussian();
                y[t][v] = 800 + (active ? 2 * x[t][0] : 0) + e;
            }
        }
        Path bold = dir.resolve("bold.nii.gz");
        VoxelImages.write(bold, SHAPE, y, NiftiDatatype.FLOAT32);

        VoxelGlmResult result = VoxelGlm.fit(bold, design, null, new VoxelGlmConfig(GlmConfig.DEFAULT, false));
        TContrast a = result.contrast("a");
        int[] fitted = result.voxels();
        assertEquals(voxels, fitted.length);
        double minActive = Double.POSITIVE_INFINITY;
        double maxInactive = 0;
        double meanRho = 0;
        double squares = 0;
        int inactive = 0;
        double[] rho = result.fit().ar1();
        for (int u = 0; u < fitted.length; u++) {
            if (fitted[u] % SHAPE[0] < 3) {
                minActive = Math.min(minActive, a.t()[u]);
            } else {
                maxInactive = Math.max(maxInactive, Math.abs(a.z()[u]));
                squares += a.z()[u] * a.z()[u];
                inactive++;
            }
            meanRho += rho[u] / fitted.length;
        }
        System.out.printf("planted: min t active %.2f, inactive max |z| %.2f and mean z² %.3f, mean AR(1) %.3f"
                + " (true %.1f)%n", minActive, maxInactive, squares / inactive, meanRho, RHO);
        assertTrue(minActive > 10, "active t " + minActive);
        // 192 null voxels: max |z| > 5 has probability 1e-4, and mean z² has sd ≈ 0.1 around 1
        assertTrue(maxInactive < 5, "inactive |z| " + maxInactive);
        assertTrue(squares / inactive < 1.5, "inactive mean z² " + squares / inactive);
        // Yule-Walker on OLS residuals is biased low by about (1 + 3ρ) / n plus the 1/100 truncation;
        // the mean of 256 voxels (sd ≈ 0.065 / 16) lies within 0.03 of ρ.
        assertEquals(RHO, meanRho, 0.03);
    }
}
