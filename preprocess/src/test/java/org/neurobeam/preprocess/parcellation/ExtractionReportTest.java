package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** Empty regions, non-finite voxels and no overlap: reported or refused, never dropped silently. */
class ExtractionReportTest {

    private static final int[] SHAPE = {4, 3, 2};
    private static final double[][] AFFINE = TestImages.affine(2, 0, 0, 0);
    private static final int VOXELS = 24;

    @TempDir
    Path dir;

    /** Voxel v in volume t holds 10 * v + t. */
    private double[][] ramp(int volumes) {
        double[][] data = new double[volumes][VOXELS];
        for (int t = 0; t < volumes; t++) {
            for (int v = 0; v < VOXELS; v++) {
                data[t][v] = 10 * v + t;
            }
        }
        return data;
    }

    /** Labels by voxel: 1 for v < 8, 2 for 8 <= v < 16, 3 for the rest. */
    private LabelsAtlas thirds() throws IOException {
        int[] labels = new int[VOXELS];
        for (int v = 0; v < VOXELS; v++) {
            labels[v] = 1 + v / 8;
        }
        Path names = Files.writeString(dir.resolve("dseg.tsv"), "index\tname\n1\tA\n2\tB\n3\tC\n");
        return LabelsAtlas.read(TestImages.writeLabels(dir.resolve("thirds.nii"), SHAPE, AFFINE, labels), names);
    }

    @Test
    void regionsOutsideTheMaskAreListedNotDropped() throws IOException {
        double[] mask = new double[VOXELS];
        Arrays.fill(mask, 0, 16, 1);
        BrainMask brain = BrainMask.read(
                TestImages.write(dir.resolve("mask.nii"), SHAPE, AFFINE, new double[][] {mask}));
        Path bold = TestImages.write(dir.resolve("bold.nii"), SHAPE, AFFINE, ramp(5));
        RegionSignals signals = RegionSignalExtractor.labels(thirds(), brain).extract(bold);
        assertArrayEquals(new int[] {1, 2}, signals.labels());
        assertEquals(List.of("A", "B"), signals.names());
        assertEquals(List.of(new EmptyRegion(3, "C", EmptyRegion.Reason.NO_VOXELS)), signals.report().emptyRegions());
        assertEquals(35 + 2, signals.signals()[2][0], 0.0, "mean of 10 v + t over v = 0..7");
        assertFalse(signals.report().atlasResampled());
    }

    @Test
    void mapsWithoutSupportInTheMaskAreListed() throws IOException {
        double[][] maps = new double[3][VOXELS];
        for (int v = 0; v < VOXELS; v++) {
            maps[0][v] = v < 12 ? 1 : 0;
            maps[1][v] = v >= 12 && v < 20 ? 0.5 : 0;
            maps[2][v] = v >= 20 ? 1 : 0;
        }
        double[] mask = new double[VOXELS];
        Arrays.fill(mask, 0, 20, 1);
        BrainMask brain = BrainMask.read(TestImages.write(dir.resolve("mask.nii.gz"), SHAPE, AFFINE,
                new double[][] {mask}));
        ProbabilisticAtlas atlas = ProbabilisticAtlas.read(TestImages.write(dir.resolve("maps.nii"), SHAPE, AFFINE,
                maps), null);
        RegionSignals signals = RegionSignalExtractor.maps(atlas, brain).extract(
                TestImages.write(dir.resolve("bold.nii"), SHAPE, AFFINE, ramp(3)));
        assertArrayEquals(new int[] {0, 1}, signals.labels());
        assertEquals(List.of(new EmptyRegion(2, "2", EmptyRegion.Reason.NO_VOXELS)), signals.report().emptyRegions());
        // Disjoint maps: least squares is the mean of each support divided by the map's weight.
        assertEquals(55 + 1, signals.signals()[1][0], 1e-12);
        assertEquals((155 + 1) / 0.5, signals.signals()[1][1], 1e-12);
    }

    @Test
    void nonFiniteVoxelsAreExcludedFromEveryVolumeAndCounted() throws IOException {
        double[][] data = ramp(8);
        data[0][2] = Double.NaN;                  // label 1, bad from the start
        data[5][9] = Double.POSITIVE_INFINITY;    // label 2, bad from volume 5
        data[3][10] = Double.NaN;                 // label 2, bad from volume 3
        for (int v = 16; v < 24; v++) {
            data[6][v] = Double.NaN;              // all of label 3, from volume 6
        }
        Path bold = TestImages.write(dir.resolve("bold.nii.gz"), SHAPE, AFFINE, data);
        RegionSignals signals = RegionSignalExtractor.labels(thirds(), null).extract(bold);

        assertArrayEquals(new int[] {1, 2}, signals.labels());
        assertEquals(Map.of(1, 1, 2, 2, 3, 8), signals.report().nonFiniteVoxels());
        assertEquals(List.of(new EmptyRegion(3, "C", EmptyRegion.Reason.ALL_NON_FINITE)),
                signals.report().emptyRegions());
        assertEquals(6, signals.report().volumesReread());
        double[][] s = signals.signals();
        for (int t = 0; t < 8; t++) {
            assertEquals(10 * (0 + 1 + 3 + 4 + 5 + 6 + 7) / 7.0 + t, s[t][0], 1e-12, "label 1 without voxel 2");
            assertEquals(10 * (8 + 11 + 12 + 13 + 14 + 15) / 6.0 + t, s[t][1], 1e-12, "label 2 without 9, 10");
        }
    }

    @Test
    void nonFiniteVoxelsNeverReachMapSignals() throws IOException {
        double[][] data = ramp(4);
        data[2][5] = Double.NaN;
        double[][] maps = new double[1][VOXELS];
        Arrays.fill(maps[0], 1);
        ProbabilisticAtlas atlas = ProbabilisticAtlas.read(TestImages.write(dir.resolve("one.nii"), SHAPE, AFFINE,
                maps), null);
        RegionSignals signals = RegionSignalExtractor.maps(atlas, null).extract(
                TestImages.write(dir.resolve("bold.nii"), SHAPE, AFFINE, data));
        assertEquals(Map.of(0, 1), signals.report().nonFiniteVoxels());
        double mean = (10 * (23 * 24 / 2.0 - 5)) / 23;
        for (int t = 0; t < 4; t++) {
            assertEquals(mean + t, signals.signals()[t][0], 1e-12);
        }
    }

    @Test
    void noOverlapFailsNamingBothFiles() throws IOException {
        int[] labels = new int[VOXELS];
        Arrays.fill(labels, 4);
        Path atlasFile = TestImages.writeLabels(dir.resolve("far_atlas.nii.gz"), SHAPE,
                TestImages.affine(2, 500, 500, 500), labels);
        LabelsAtlas atlas = LabelsAtlas.read(atlasFile, null);
        Path bold = TestImages.write(dir.resolve("bold.nii"), SHAPE, AFFINE, ramp(2));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegionSignalExtractor.labels(atlas, null).extract(bold));
        assertTrue(e.getMessage().contains(bold.toString()) && e.getMessage().contains(atlasFile.toString()),
                e.getMessage());
        assertEquals("atlas", e.field());
    }

    @Test
    void atlasOnACoarserGridIsResampledAndRegionsOutsideTheImageAreListed() throws IOException {
        // Atlas voxels of 4 mm, labelled by i: 1, 2, 2, 5; label 5 (x = 12 mm) lies beyond the image (x <= 6 mm).
        int[] shape = {4, 2, 2};
        int[] labels = new int[16];
        for (int v = 0; v < 16; v++) {
            labels[v] = new int[] {1, 2, 2, 5}[v % 4];
        }
        LabelsAtlas atlas = LabelsAtlas.read(TestImages.writeLabels(dir.resolve("coarse.nii"), shape,
                TestImages.affine(4, 0, 0, 0), labels), null);
        RegionSignals signals = RegionSignalExtractor.labels(atlas, null).extract(
                TestImages.write(dir.resolve("bold.nii"), SHAPE, AFFINE, ramp(2)));
        assertTrue(signals.report().atlasResampled());
        assertArrayEquals(new int[] {1, 2}, signals.labels());
        assertEquals(List.of(new EmptyRegion(5, "5", EmptyRegion.Reason.NO_VOXELS)), signals.report().emptyRegions());
        // BOLD x = 0, 2, 4, 6 mm -> atlas i = 0, 0.5, 1, 1.5 -> nearest 0, 1, 1, 2 (half rounds up):
        // label 1 is the BOLD column i = 0, voxels 0, 4, ..., 20.
        assertEquals(10 * (0 + 4 + 8 + 12 + 16 + 20) / 6.0 + 1, signals.signals()[1][0], 1e-12);
    }

    @Test
    void maskOnAnotherGridIsResampledByNearestNeighbour() throws IOException {
        // A 4 mm mask of 2 x 2 x 1 voxels with only i = 0 in: BOLD x = 0, 2 mm -> atlas i = 0, 0.5 -> 0, 1.
        double[] in = {1, 0, 1, 0};
        BrainMask mask = BrainMask.read(TestImages.write(dir.resolve("coarse_mask.nii"), new int[] {2, 2, 1},
                TestImages.affine(4, 0, 0, 0), new double[][] {in}));
        RegionSignals signals = RegionSignalExtractor.labels(thirds(), mask).extract(
                TestImages.write(dir.resolve("bold.nii"), SHAPE, AFFINE, ramp(1)));
        assertTrue(signals.report().maskResampled());
        assertFalse(signals.report().atlasResampled());
        // Inside: i = 0, j = 0..2 (y = 0, 2, 4 -> 0, 1 (half up), 1), k = 0 (z = 0; z = 2 -> 0.5 -> 1 is outside).
        assertArrayEquals(new int[] {1, 2}, signals.labels());
        assertEquals(10 * (0 + 4) / 2.0, signals.signals()[0][0], 1e-12);
        assertEquals(10 * 8, signals.signals()[0][1], 1e-12);
        assertEquals(List.of(new EmptyRegion(3, "C", EmptyRegion.Reason.NO_VOXELS)), signals.report().emptyRegions());
    }
}
