package org.neurobeam.connectome.glm.voxel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.GlmFit;
import org.neurobeam.connectome.glm.GlmResult;
import org.neurobeam.connectome.glm.MeanScaling;
import org.neurobeam.connectome.glm.NoiseModel;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.ingest.nifti.NiftiDatatype;

/**
 * The streamed sufficient-statistics fit equals the in-memory {@link GlmFit#fit} + {@link TContrast#of} on
 * the {@code [time][voxel]} matrix: random 6 × 5 × 4 × 60 images, several seeds, .nii and .nii.gz, OLS and
 * AR(1), with and without mean scaling and a constant column, with NaN, infinite and constant voxels.
 */
class VoxelGlmEquivalenceTest {

    private static final int[] SHAPE = {6, 5, 4};
    private static final int N = 60;
    private static final double TOLERANCE = 1e-9;

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (long seed : new long[] {1, 2, 3}) {
            for (GlmConfig glm : new GlmConfig[] {GlmConfig.OLS, GlmConfig.DEFAULT,
                new GlmConfig(NoiseModel.AR1, 10)}) {
                for (boolean scaling : new boolean[] {false, true}) {
                    cases.add(Arguments.of(seed, glm, scaling, seed != 2, seed == 3 ? "nii.gz" : "nii"));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "seed {0}, {1}, mean scaling {2}, constant {3}, {4}")
    @MethodSource("cases")
    void streamedFitEqualsInMemoryFit(long seed, GlmConfig glm, boolean scaling, boolean constant, String suffix,
            @TempDir Path dir) throws IOException {
        DesignMatrix design = VoxelImages.design(N, seed, constant);
        int voxels = SHAPE[0] * SHAPE[1] * SHAPE[2];
        double[][] y = VoxelImages.simulate(design, voxels, seed * 31);
        y[17][3] = Double.NaN;
        y[40][8] = Double.POSITIVE_INFINITY;
        for (double[] row : y) {
            row[7] = 500;
        }
        Path bold = dir.resolve("bold." + suffix);
        VoxelImages.write(bold, SHAPE, y, NiftiDatatype.FLOAT32);

        VoxelGlmResult result = VoxelGlm.fit(bold, design, null, new VoxelGlmConfig(glm, scaling));

        assertEquals(2, result.nonFiniteVoxels());
        assertEquals(1, result.constantVoxels());
        int[] fitted = result.voxels();
        assertEquals(voxels - 3, fitted.length);
        double[][] data = VoxelImages.columns(VoxelImages.read(bold), fitted);
        GlmResult reference = GlmFit.fit(design, scaling ? MeanScaling.percentOfMean(data) : data, glm);
        GlmResult streamed = result.fit();
        assertEquals(reference.dof(), streamed.dof());
        assertArrayEquals(reference.ar1(), streamed.ar1(), 0, "AR(1) bins");
        double worst = 0;
        double worstP = 0;
        for (int j = 0; j < design.columns(); j++) {
            worst = Math.max(worst, VoxelImages.maxRelative(streamed.betas()[j], reference.betas()[j], 1));
        }
        worst = Math.max(worst, VoxelImages.maxRelative(streamed.residualVariance(),
                reference.residualVariance(), 0));
        for (String expression : List.of("a - b", "b", "2*a + drift_1")) {
            TContrast want = TContrast.of(reference, expression);
            TContrast got = result.contrast(expression);
            worst = Math.max(worst, VoxelImages.maxRelative(got.effect(), want.effect(), 1));
            worst = Math.max(worst, VoxelImages.maxRelative(got.stderr(), want.stderr(), 0));
            worst = Math.max(worst, VoxelImages.maxRelative(got.t(), want.t(), 1));
            worst = Math.max(worst, VoxelImages.maxRelative(got.z(), want.z(), 1));
            worstP = Math.max(worstP, VoxelImages.maxRelative(got.p(), want.p(), 0));
        }
        System.out.printf("voxel GLM vs GlmFit (seed %d, %s, %d bins, scaling %s, constant %s, %s):"
                + " max relative diff of betas, sigma^2, effect, stderr, t, z %.3e, of p %.3e%n", seed,
                glm.noiseModel(), glm.bins(), scaling, constant, suffix, worst, worstP);
        assertTrue(worst < TOLERANCE, "max relative difference " + worst);
        assertTrue(worstP < TOLERANCE, "max relative difference of p " + worstP);
    }
}
