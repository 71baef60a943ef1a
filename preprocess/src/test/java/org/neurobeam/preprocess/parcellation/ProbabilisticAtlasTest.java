package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** Reading map atlases: names by 0-based map index, non-finite values refused. */
class ProbabilisticAtlasTest {

    private static final int[] SHAPE = {2, 2, 2};

    @TempDir
    Path dir;

    @Test
    void mapsAreNamedByIndexFromZero() throws IOException {
        double[][] maps = {{1, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 1, 0, 0, 0, 0, 0}};
        Path names = Files.writeString(dir.resolve("maps.tsv"), "index\tname\n0\tDMN\n");
        ProbabilisticAtlas atlas = ProbabilisticAtlas.read(
                TestImages.write(dir.resolve("maps.nii"), SHAPE, TestImages.affine(1, 0, 0, 0), maps), names);
        assertEquals(2, atlas.regions());
        assertEquals(List.of("DMN", "1"), List.of(atlas.name(0), atlas.name(1)));
    }

    @Test
    void nonFiniteMapValuesFailNamingTheMapAndVoxel() throws IOException {
        double[][] maps = {{1, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0, Double.NaN}};
        Path file = TestImages.write(dir.resolve("nan.nii"), SHAPE, TestImages.affine(1, 0, 0, 0), maps);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProbabilisticAtlas.read(file, null));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("map 1")
                && e.getMessage().contains("(1, 1, 1)"), e.getMessage());
    }
}
