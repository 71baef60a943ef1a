package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;

/** Against scipy.ndimage.map_coordinates (resources/parcellation/make_resampling_fixture.py). */
class GridResamplerTest {

    private static JsonNode fixture() throws IOException {
        return Fixtures.json("parcellation/resampling.json");
    }

    private static GridResampler fixtureResampler(JsonNode f) {
        VoxelGrid source = new VoxelGrid(shape(f.get("source_shape")), Fixtures.matrix(f.get("source_affine")));
        VoxelGrid target = new VoxelGrid(shape(f.get("target_shape")), Fixtures.matrix(f.get("target_affine")));
        return GridResampler.between(source, target);
    }

    private static int[] shape(JsonNode node) {
        return IntStream.range(0, 3).map(i -> node.get(i).asInt()).toArray();
    }

    @Test
    void nearestMatchesScipyOrderZeroOnObliqueGrids() throws IOException {
        JsonNode f = fixture();
        double[] labels = SharedData.numbers(f.get("labels"));
        double[] expected = SharedData.numbers(f.get("nearest"));
        int[] nearest = fixtureResampler(f).nearestIndices();
        double[] actual = new double[nearest.length];
        int inside = 0;
        for (int n = 0; n < nearest.length; n++) {
            actual[n] = nearest[n] < 0 ? 0 : labels[nearest[n]];
            inside += nearest[n] < 0 ? 0 : 1;
        }
        assertArrayEquals(expected, actual, 0.0);
        assertEquals(f.get("inside_count").asInt(), inside);
        assertTrue(inside > 0 && inside < nearest.length, "the fixture straddles the field of view");
    }

    @Test
    void trilinearMatchesScipyOrderOneOnObliqueGrids() throws IOException {
        JsonNode f = fixture();
        double[] actual = fixtureResampler(f).trilinear(SharedData.numbers(f.get("values")));
        double[] expected = SharedData.numbers(f.get("trilinear"));
        double max = 0;
        for (int n = 0; n < expected.length; n++) {
            max = Math.max(max, Math.abs(expected[n] - actual[n]));
        }
        System.out.println("trilinear vs scipy order=1: max |diff| = " + max);
        assertTrue(max < 1e-12, "max diff " + max);
    }

    @Test
    void identityGridIsUnchanged() {
        int[] shape = {4, 3, 5};
        double[][] affine = {{0, -2, 0, 10}, {1.5, 0, 0, -3}, {0, 0, 3, 1}, {0, 0, 0, 1}};
        VoxelGrid grid = new VoxelGrid(shape, affine);
        GridResampler same = GridResampler.between(grid, grid);
        double[] values = new Random(3).doubles(60).toArray();
        assertArrayEquals(IntStream.range(0, 60).toArray(), same.nearestIndices());
        assertArrayEquals(values, same.trilinear(values), 1e-14);
    }

    @Test
    void halfVoxelShiftAveragesNeighboursAndLeavesTheEdgeOutside() {
        VoxelGrid source = new VoxelGrid(new int[] {3, 1, 1}, TestImages.affine(2, 0, 0, 0));
        VoxelGrid target = new VoxelGrid(new int[] {3, 1, 1}, TestImages.affine(2, 1, 0, 0));
        double[] out = GridResampler.between(source, target).trilinear(new double[] {1, 3, 7});
        assertArrayEquals(new double[] {2, 5, 0}, out, 1e-15);
        // scipy rounds half up: 0.5 -> 1, 1.5 -> 2; 2.5 lies beyond the last centre.
        assertArrayEquals(new int[] {1, 2, -1}, GridResampler.between(source, target).nearestIndices());
    }

    @Test
    void sameGridToleratesAffineRoundingOnly() {
        VoxelGrid a = new VoxelGrid(new int[] {2, 2, 2}, TestImages.affine(2, 1, 1, 1));
        assertTrue(a.sameAs(new VoxelGrid(new int[] {2, 2, 2}, TestImages.affine(2, 1 + 5e-7, 1, 1))));
        assertFalse(a.sameAs(new VoxelGrid(new int[] {2, 2, 2}, TestImages.affine(2, 1 + 2e-6, 1, 1))));
        assertFalse(a.sameAs(new VoxelGrid(new int[] {2, 2, 3}, TestImages.affine(2, 1, 1, 1))));
    }
}
