package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;

/** Against scikit-learn's connectivity-constrained Ward (resources/parcellation/make_ward_fixture.py). */
class WardParcellationTest {

    @TempDir
    Path dir;

    @Test
    void matchesScikitLearnWardWithGridConnectivityUpToRelabelling() throws IOException {
        JsonNode f = Fixtures.json("parcellation/ward.json");
        int[] shape = IntStream.range(0, 3).map(i -> f.get("shape").get(i).asInt()).toArray();
        int volumes = f.get("volumes").asInt();
        int voxels = TestImages.voxels(shape);
        double[] flat = SharedData.numbers(f.get("data"));
        double[][] data = new double[volumes][];
        for (int t = 0; t < volumes; t++) {
            data[t] = Arrays.copyOfRange(flat, t * voxels, (t + 1) * voxels);
        }
        double[][] affine = TestImages.affine(3, 0, 0, 0);
        Path bold = TestImages.write(dir.resolve("bold.nii.gz"), shape, affine, data);
        BrainMask mask = BrainMask.read(TestImages.write(dir.resolve("mask.nii"), shape, affine,
                new double[][] {SharedData.numbers(f.get("mask"))}));
        int clusters = f.get("clusters").asInt();

        Parcellation parcellation = new WardParcellation(clusters).fit(bold, mask);

        int[] actual = parcellation.labels();
        double[] expected = SharedData.numbers(f.get("labels"));
        Map<Integer, Integer> forward = new HashMap<>();
        Map<Integer, Integer> backward = new HashMap<>();
        for (int v = 0; v < voxels; v++) {
            int e = (int) expected[v];
            int a = actual[v];
            assertEquals(e == 0, a == 0, "background at voxel " + v);
            assertEquals(e, forward.computeIfAbsent(a, x -> e), "parcel of voxel " + v);
            assertEquals(a, backward.computeIfAbsent(e, x -> a), "parcel of voxel " + v);
        }
        assertEquals(clusters + 1, forward.size());
        assertEquals(clusters, parcellation.clusters());
        assertTrue(parcellation.inertia() > 0);
    }

    @Test
    void disconnectedPiecesStayApart() throws IOException {
        // Two single-voxel islands and a 4-voxel bar: 3 pieces, more than the 2 parcels asked for.
        int[] shape = {6, 3, 1};
        double[] mask = new double[18];
        mask[0] = 1;
        mask[5] = 1;
        for (int v = 13; v <= 16; v++) {
            mask[v] = 1;
        }
        double[][] affine = TestImages.affine(1, 0, 0, 0);
        double[][] data = TestImages.randomVolumes(new Random(2), 18, 6);
        Parcellation p = new WardParcellation(2).fit(TestImages.write(dir.resolve("b.nii"), shape, affine, data),
                BrainMask.read(TestImages.write(dir.resolve("m.nii"), shape, affine, new double[][] {mask})));
        assertEquals(3, p.clusters());
        int[] labels = p.labels();
        assertEquals(1, labels[0]);
        assertEquals(2, labels[5]);
        assertTrue(IntStream.rangeClosed(13, 16).allMatch(v -> labels[v] == 3));
        assertThrows(IllegalArgumentException.class, () -> new WardParcellation(0));
    }
}
