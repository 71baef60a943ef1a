package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images built from known region signals: the extraction must give them back. */
class PlantedTruthTest {

    private static final int[] SHAPE = {6, 5, 4};
    private static final double[][] AFFINE = TestImages.affine(3, 0, 0, 0);

    @TempDir
    Path dir;

    @Test
    void leastSquaresRecoversSignalsMixedByKnownMaps() throws IOException {
        Random random = new Random(11);
        int voxels = TestImages.voxels(SHAPE);
        int regions = 4;
        int volumes = 17;
        double[][] maps = new double[regions][voxels];
        for (int r = 0; r < regions; r++) {
            for (int v = 0; v < voxels; v++) {
                // Overlapping soft maps: each region peaks in its own slab of i.
                double distance = v % SHAPE[0] - 1.5 * r;
                maps[r][v] = Math.exp(-distance * distance / 2) + 0.05 * random.nextDouble();
            }
        }
        double[][] truth = new double[volumes][regions];
        double[][] data = new double[volumes][voxels];
        for (int t = 0; t < volumes; t++) {
            for (int r = 0; r < regions; r++) {
                truth[t][r] = 50 * random.nextGaussian();
                for (int v = 0; v < voxels; v++) {
                    data[t][v] += maps[r][v] * truth[t][r];
                }
            }
        }
        Path bold = TestImages.write(dir.resolve("mixed.nii.gz"), SHAPE, AFFINE, data);
        ProbabilisticAtlas atlas = ProbabilisticAtlas.read(
                TestImages.write(dir.resolve("maps.nii"), SHAPE, AFFINE, maps), null);
        RegionSignals signals = RegionSignalExtractor.maps(atlas, null).extract(bold);
        double diff = TestImages.maxAbsDiff(truth, signals.signals());
        System.out.printf("planted maps: max |recovered - planted| = %.3g%n", diff);
        assertTrue(diff < 1e-10, "max diff " + diff);
        assertArrayEquals(new int[] {0, 1, 2, 3}, signals.labels());
    }

    @Test
    void meansRecoverRegionSignalsUnderZeroMeanPatterns() throws IOException {
        Random random = new Random(12);
        int voxels = TestImages.voxels(SHAPE);
        int[] labelOf = {1, 2, 7};
        int volumes = 11;
        // Region of voxel v: by slab of k; label 0 on the first row j == 0.
        int[] labels = new int[voxels];
        double[] pattern = new double[voxels];
        for (int v = 0; v < voxels; v++) {
            int j = v / SHAPE[0] % SHAPE[1];
            int k = v / (SHAPE[0] * SHAPE[1]);
            labels[v] = j == 0 ? 0 : labelOf[Math.min(k, 2)];
            // +-0.25 * i in pairs (i, 5 - i) cancel exactly within every row of a region.
            int i = v % SHAPE[0];
            pattern[v] = 0.25 * (i < 3 ? i + 1 : -(SHAPE[0] - i));
        }
        double[][] truth = new double[volumes][3];
        double[][] data = new double[volumes][voxels];
        for (int t = 0; t < volumes; t++) {
            for (int r = 0; r < 3; r++) {
                truth[t][r] = random.nextInt(2000) / 8.0;
            }
            for (int v = 0; v < voxels; v++) {
                int r = labels[v] == 0 ? -1 : Arrays.binarySearch(labelOf, labels[v]);
                data[t][v] = r < 0 ? 1e6 : truth[t][r] + pattern[v];
            }
        }
        Path bold = TestImages.write(dir.resolve("slabs.nii"), SHAPE, AFFINE, data);
        LabelsAtlas atlas = LabelsAtlas.read(TestImages.writeLabels(dir.resolve("labels.nii"), SHAPE, AFFINE, labels),
                null);
        RegionSignals signals = RegionSignalExtractor.labels(atlas, null).extract(bold);
        assertArrayEquals(labelOf, signals.labels());
        assertEquals(0.0, TestImages.maxAbsDiff(truth, signals.signals()), "means are exact");
    }
}
