package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiReader;

/** k-means on an image with three planted clusters of time courses. */
class KMeansParcellationTest {

    private static final int[] SHAPE = {6, 5, 3};
    private static final double[][] AFFINE = {{0, -2, 0, 30}, {2.5, 0, 0, -10}, {0, 0, 3, 4}, {0, 0, 0, 1}};
    private static final int VOLUMES = 30;

    @TempDir
    Path dir;

    /** Planted cluster (0..2) of voxel v: by i in pairs. */
    private static int cluster(int v) {
        return v % SHAPE[0] / 2;
    }

    /** Voxel series: offset + positive gain x its cluster's course + small noise; voxel 7 NaN in one volume. */
    private Path planted(Random random) throws IOException {
        int voxels = TestImages.voxels(SHAPE);
        double[][] courses = new double[3][VOLUMES];
        for (double[] course : courses) {
            for (int t = 0; t < VOLUMES; t++) {
                course[t] = random.nextGaussian();
            }
        }
        double[][] data = new double[VOLUMES][voxels];
        for (int v = 0; v < voxels; v++) {
            double offset = 500 + 100 * random.nextDouble();
            double gain = 5 + 20 * random.nextDouble();
            for (int t = 0; t < VOLUMES; t++) {
                data[t][v] = offset + gain * courses[cluster(v)][t] + 0.5 * random.nextGaussian();
            }
        }
        data[4][7] = Double.NaN;
        return TestImages.write(dir.resolve("planted.nii.gz"), SHAPE, AFFINE, data);
    }

    @Test
    void recoversPlantedClustersUpToRelabellingAndWritesThemBack() throws IOException {
        Path bold = planted(new Random(5));
        double[] mask = new double[TestImages.voxels(SHAPE)];
        Arrays.fill(mask, 1);
        mask[0] = 0;
        BrainMask brain = BrainMask.read(
                TestImages.write(dir.resolve("mask.nii"), SHAPE, AFFINE, new double[][] {mask}));
        Parcellation parcellation = new KMeansParcellation(KMeansConfig.of(3).withSeed(42)).fit(bold, brain);

        int[] labels = parcellation.labels();
        assertEquals(0, labels[0], "outside the mask");
        assertEquals(0, labels[7], "non-finite series");
        assertEquals(1, parcellation.excludedVoxels());
        Map<Integer, Integer> match = new HashMap<>();
        for (int v = 0; v < labels.length; v++) {
            if (v == 0 || v == 7) {
                continue;
            }
            Integer previous = match.putIfAbsent(labels[v], cluster(v));
            assertTrue(previous == null || previous == cluster(v), "voxel " + v + " joins a mixed parcel");
        }
        assertEquals(3, match.size());
        assertEquals(3, match.values().stream().distinct().count(), "a bijection onto the planted clusters");
        assertEquals(1, labels[1], "parcels are numbered by first voxel");

        Path out = dir.resolve("parcels.nii.gz");
        parcellation.write(out);
        NiftiHeader header = NiftiHeader.read(out);
        assertEquals("int16", header.datatypeName());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(AFFINE[i], header.bestAffine()[i], 1e-6);
        }
        try (NiftiReader reader = NiftiReader.open(out)) {
            assertArrayEquals(Arrays.stream(labels).asDoubleStream().toArray(), reader.readVolume(0), 0.0);
        }
        assertArrayEquals(new int[] {1, 2, 3}, LabelsAtlas.read(out, null).labels());
    }

    @Test
    void aFixedSeedIsReproducible() throws IOException {
        Path bold = planted(new Random(6));
        KMeansConfig config = KMeansConfig.of(4).withSeed(7).withRestarts(3);
        assertEquals(new KMeansParcellation(config).fit(bold, null), new KMeansParcellation(config).fit(bold, null));
    }

    @Test
    void moreClustersThanVoxelsIsAnError() throws IOException {
        Path bold = planted(new Random(7));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new KMeansParcellation(KMeansConfig.of(200)).fit(bold, null));
        assertTrue(e.getMessage().contains("200 clusters"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KMeansConfig.of(0));
    }
}
