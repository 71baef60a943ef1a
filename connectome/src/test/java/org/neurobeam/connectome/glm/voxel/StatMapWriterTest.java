package org.neurobeam.connectome.glm.voxel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.GlmFit;
import org.neurobeam.connectome.glm.MeanScaling;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.ingest.nifti.NiftiDatatype;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * Contrast maps written with BIDS-derivatives names and read back: 3D float32 on the BOLD grid (shape,
 * affine, xform code, zooms), values equal to the result's at the fitted voxels, NaN outside the mask
 * and at excluded voxels, and mean scaling applied (effects in percent of the voxel mean).
 */
class StatMapWriterTest {

    private static final int[] SHAPE = {6, 5, 4};
    private static final int N = 60;

    @Test
    void writesContrastMapsOnTheBoldGrid(@TempDir Path dir) throws IOException {
        DesignMatrix design = VoxelImages.design(N, 5, true);
        int voxels = SHAPE[0] * SHAPE[1] * SHAPE[2];
        double[][] y = VoxelImages.simulate(design, voxels, 55);
        y[30][10] = Double.NaN;
        Path bold = dir.resolve("sub-01_task-x_bold.nii.gz");
        VoxelImages.write(bold, SHAPE, y, NiftiDatatype.FLOAT32);
        boolean[] mask = new boolean[voxels];
        for (int v = 0; v < voxels; v++) {
            mask[v] = v / (SHAPE[0] * SHAPE[1]) != 3 || v % 2 == 0;
        }
        mask[0] = false;

        VoxelGlmResult result = VoxelGlm.fit(bold, design, mask, VoxelGlmConfig.DEFAULT);
        TContrast contrast = result.contrast("a - b");
        Map<ContrastMap, Path> files = new EnumMap<>(ContrastMap.class);
        for (ContrastMap map : new ContrastMap[] {ContrastMap.EFFECT, ContrastMap.T, ContrastMap.Z}) {
            String stat = map == ContrastMap.EFFECT ? "effect" : map.name().toLowerCase(Locale.ROOT);
            files.put(map, dir.resolve("sub-01_task-x_contrast-aMinusB_stat-" + stat + "_statmap.nii.gz"));
        }
        StatMapWriter.writeContrast(result, contrast, files);

        assertEquals(1, result.nonFiniteVoxels());
        int[] fitted = result.voxels();
        boolean[] isFitted = new boolean[voxels];
        for (int v : fitted) {
            isFitted[v] = true;
            assertTrue(mask[v] && v != 10);
        }
        for (var entry : files.entrySet()) {
            try (NiftiReader reader = NiftiReader.open(entry.getValue())) {
                NiftiHeader header = reader.header();
                assertArrayEquals(SHAPE, header.shape());
                assertEquals(NiftiDatatype.FLOAT32, header.type());
                assertEquals(4, header.sformCode());
                for (int i = 0; i < 4; i++) {
                    assertArrayEquals(VoxelImages.AFFINE[i], header.bestAffine()[i], 1e-6);
                }
                assertArrayEquals(new double[] {2, 2.5, 3}, header.zooms(), 1e-6);
                double[] values = reader.readVolume(0);
                double[] want = entry.getKey().of(contrast);
                for (int u = 0; u < fitted.length; u++) {
                    assertEquals((float) want[u], values[fitted[u]], 0);
                }
                for (int v = 0; v < voxels; v++) {
                    assertEquals(!isFitted[v], Double.isNaN(values[v]), "voxel " + v);
                }
            }
        }
        double[][] data = VoxelImages.columns(VoxelImages.read(bold), fitted);
        TContrast scaled = TContrast.of(GlmFit.fit(design, MeanScaling.percentOfMean(data), GlmConfig.DEFAULT),
                "a - b");
        assertTrue(VoxelImages.maxRelative(contrast.effect(), scaled.effect(), 1e-3) < 1e-9,
                "effects are in percent of the mean");
    }

    @Test
    void rejectsMismatchedInputs(@TempDir Path dir) throws IOException {
        DesignMatrix design = VoxelImages.design(N, 5, true);
        Path bold = dir.resolve("bold.nii");
        VoxelImages.write(bold, SHAPE, VoxelImages.simulate(design, 120, 1), NiftiDatatype.FLOAT32);
        Exception scans = assertThrows(Exception.class,
                () -> VoxelGlm.fit(bold, VoxelImages.design(N - 1, 5, true), null, VoxelGlmConfig.DEFAULT));
        assertTrue(scans.getMessage().contains("60 volumes for a design of 59 scans"), scans.getMessage());
        Exception mask = assertThrows(IllegalArgumentException.class,
                () -> VoxelGlm.fit(bold, design, new boolean[7], VoxelGlmConfig.DEFAULT));
        assertTrue(mask.getMessage().contains("7 flags for a volume of 120 voxels"), mask.getMessage());
        Exception empty = assertThrows(IllegalArgumentException.class,
                () -> VoxelGlm.fit(bold, design, new boolean[120], VoxelGlmConfig.DEFAULT));
        assertTrue(empty.getMessage().contains("no voxel to fit"), empty.getMessage());
    }
}
