package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * Property: the one-pass extraction equals the in-memory computation ({@link InMemoryReference}) on
 * random images of several shapes, plain and gzipped, with a random mask, labels with gaps, a few
 * non-finite voxels (some turning bad mid-run) and atlases on the BOLD grid or on another grid.
 * Label means agree within 1e-12 absolute; map signals (about 100 in size) within 1e-12 relative to
 * the largest signal, the streaming side solving the normal equations, the reference a QR fit.
 */
class StreamingEquivalenceTest {

    private static final double TOLERANCE = 1e-12;
    private static final double[][] BOLD_AFFINE = TestImages.affine(2, -4, -3, 1);

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(1L, new int[] {7, 5, 4}, 13, "bold.nii.gz"),
                Arguments.of(2L, new int[] {7, 5, 4}, 13, "bold.nii"),
                Arguments.of(3L, new int[] {5, 6, 3}, 9, "bold.nii.gz"),
                Arguments.of(4L, new int[] {3, 8, 5}, 20, "bold.nii"),
                Arguments.of(5L, new int[] {6, 4, 2}, 1, "bold.nii.gz"));
    }

    private Path bold(Random random, int[] shape, int volumes, String name) throws IOException {
        int voxels = TestImages.voxels(shape);
        double[][] data = TestImages.randomVolumes(random, voxels, volumes);
        data[0][random.nextInt(voxels)] = Double.NaN;
        data[volumes - 1][random.nextInt(voxels)] = Double.POSITIVE_INFINITY;
        data[volumes / 2][random.nextInt(voxels)] = Double.NaN;
        return TestImages.write(dir.resolve(name), shape, BOLD_AFFINE, data);
    }

    private BrainMask mask(Random random, int[] shape) throws IOException {
        double[] in = random.doubles(TestImages.voxels(shape)).map(u -> u < 0.85 ? 1 : 0).toArray();
        return BrainMask.read(TestImages.write(dir.resolve("mask.nii"), shape, BOLD_AFFINE, new double[][] {in}));
    }

    private static double relative(double[][] expected, double[][] actual) {
        double scale = Arrays.stream(expected).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(1);
        return TestImages.maxAbsDiff(expected, actual) / Math.max(1, scale);
    }

    private static boolean[] maskOn(BrainMask mask, VoxelGrid grid) {
        return BrainMask.insideOn(mask, grid);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void labelMeansOnTheBoldGrid(long seed, int[] shape, int volumes, String name) throws IOException {
        Random random = new Random(seed);
        Path bold = bold(random, shape, volumes, name);
        BrainMask mask = mask(random, shape);
        int[] labels = TestImages.randomLabels(random, TestImages.voxels(shape), 0, 1, 2, 7);
        LabelsAtlas atlas = LabelsAtlas.read(
                TestImages.writeLabels(dir.resolve("atlas.nii.gz"), shape, BOLD_AFFINE, labels), null);
        RegionSignals signals = RegionSignalExtractor.labels(atlas, mask).extract(bold);

        VoxelGrid grid = new VoxelGrid(shape, BOLD_AFFINE);
        double[][] expected = new InMemoryReference(bold, maskOn(mask, grid)).means(labels, new int[] {1, 2, 7});
        double diff = TestImages.maxAbsDiff(expected, signals.signals());
        System.out.printf("labels seed %d %s: max |stream - memory| = %.3g%n", seed, name, diff);
        assertTrue(diff <= TOLERANCE, "max diff " + diff);
        assertArrayEquals(new int[] {1, 2, 7}, signals.labels());
        assertEquals(volumes, signals.volumes());
        assertTrue(Arrays.stream(signals.signals()).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite));
        assertTrue(signals.report().nonFiniteVoxels().values().stream().mapToInt(Integer::intValue).sum() <= 3);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mapLeastSquaresOnTheBoldGrid(long seed, int[] shape, int volumes, String name) throws IOException {
        Random random = new Random(seed);
        Path bold = bold(random, shape, volumes, name);
        BrainMask mask = mask(random, shape);
        int voxels = TestImages.voxels(shape);
        double[][] maps = new double[3][voxels];
        for (double[] map : maps) {
            for (int v = 0; v < voxels; v++) {
                map[v] = random.nextDouble() < 0.3 ? 0 : random.nextDouble();
            }
        }
        ProbabilisticAtlas atlas = ProbabilisticAtlas.read(
                TestImages.write(dir.resolve("maps.nii"), shape, BOLD_AFFINE, maps), null);
        RegionSignals signals = RegionSignalExtractor.maps(atlas, mask).extract(bold);

        VoxelGrid grid = new VoxelGrid(shape, BOLD_AFFINE);
        double[][] expected = new InMemoryReference(bold, maskOn(mask, grid)).leastSquares(maps);
        double diff = relative(expected, signals.signals());
        System.out.printf("maps seed %d %s: max |stream - memory| / max |signal| = %.3g%n", seed, name, diff);
        assertTrue(diff <= TOLERANCE, "max diff " + diff);
        assertArrayEquals(new int[] {0, 1, 2}, signals.labels());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void atlasOnAnotherGridIsResampledFirst(long seed, int[] shape, int volumes, String name) throws IOException {
        Random random = new Random(seed);
        Path bold = bold(random, shape, volumes, name);
        int[] atlasShape = {shape[0] + 3, shape[1] + 2, shape[2] + 1};
        double[][] atlasAffine = {{0, 1.5, 0.1, -6}, {1.4, 0, 0, -4.5}, {0, -0.2, 1.6, 3}, {0, 0, 0, 1}};
        int[] labels = TestImages.randomLabels(random, TestImages.voxels(atlasShape), 0, 3, 4, 11);
        LabelsAtlas atlas = LabelsAtlas.read(
                TestImages.writeLabels(dir.resolve("atlas.nii"), atlasShape, atlasAffine, labels), null);
        double[][] maps = new double[2][];
        maps[0] = random.doubles(TestImages.voxels(atlasShape)).toArray();
        maps[1] = random.doubles(TestImages.voxels(atlasShape)).map(u -> u * u).toArray();
        ProbabilisticAtlas probabilistic = ProbabilisticAtlas.read(
                TestImages.write(dir.resolve("maps.nii.gz"), atlasShape, atlasAffine, maps), null);

        RegionSignals labelSignals = RegionSignalExtractor.labels(atlas, null).extract(bold);
        RegionSignals mapSignals = RegionSignalExtractor.maps(probabilistic, null).extract(bold);

        VoxelGrid grid = new VoxelGrid(shape, BOLD_AFFINE);
        GridResampler resampler = GridResampler.between(atlas.grid(), grid);
        int[] nearest = resampler.nearestIndices();
        int[] onGrid = Arrays.stream(nearest).map(n -> n < 0 ? 0 : labels[n]).toArray();
        double[][] mapsOnGrid = {resampler.trilinear(maps[0]), resampler.trilinear(maps[1])};
        InMemoryReference reference = new InMemoryReference(bold, null);
        int[] present = Arrays.stream(new int[] {3, 4, 11})
                .filter(l -> Arrays.stream(onGrid).anyMatch(x -> x == l)).toArray();
        double labelDiff = TestImages.maxAbsDiff(reference.means(onGrid, present), labelSignals.signals());
        double mapDiff = relative(reference.leastSquares(mapsOnGrid), mapSignals.signals());
        System.out.printf("resampled seed %d %s: labels %.3g, maps (relative) %.3g%n", seed, name, labelDiff, mapDiff);
        assertTrue(labelDiff <= TOLERANCE && mapDiff <= TOLERANCE, labelDiff + " " + mapDiff);
        assertTrue(labelSignals.report().atlasResampled() && mapSignals.report().atlasResampled());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anOpenReaderIsReadOnceInOrderWhenNothingTurnsBadLate(long seed, int[] shape, int volumes, String name)
            throws IOException {
        Random random = new Random(seed);
        int voxels = TestImages.voxels(shape);
        Path bold = TestImages.write(dir.resolve(name), shape, BOLD_AFFINE,
                TestImages.randomVolumes(random, voxels, volumes));
        LabelsAtlas atlas = LabelsAtlas.read(TestImages.writeLabels(dir.resolve("atlas.nii"), shape, BOLD_AFFINE,
                TestImages.randomLabels(random, voxels, 1, 2)), null);
        try (NiftiReader reader = NiftiReader.open(bold)) {
            RegionSignals signals = RegionSignalExtractor.labels(atlas, null).extract(reader);
            assertEquals(0, signals.report().volumesReread());
            assertTrue(signals.report().nonFiniteVoxels().isEmpty());
        }
    }
}
