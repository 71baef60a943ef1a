package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** Reading label images and their names (dseg.tsv, FreeSurfer LUT), and the errors. */
class LabelsAtlasTest {

    private static final int[] SHAPE = {3, 2, 2};

    @TempDir
    Path dir;

    private Path labels(int... values) throws IOException {
        return TestImages.writeLabels(dir.resolve("atlas.nii.gz"), SHAPE, TestImages.affine(2, 0, 0, 0), values);
    }

    @Test
    void readsSortedLabelsWithTsvNames() throws IOException {
        Path names = Files.writeString(dir.resolve("atlas_dseg.tsv"),
                "index\tname\tcolor\n7\tVisual\t#ff0000\n2\tMotor\t#00ff00\n\n");
        LabelsAtlas atlas = LabelsAtlas.read(labels(0, 7, 7, 2, 0, 0, 2, 1, 1, 0, 7, 0), names);
        assertArrayEquals(new int[] {1, 2, 7}, atlas.labels());
        assertEquals("Motor", atlas.name(2));
        assertEquals("Visual", atlas.name(7));
        assertEquals("1", atlas.name(1), "unnamed labels are named by their number");
        assertArrayEquals(SHAPE, atlas.grid().shape());
    }

    @Test
    void readsFreeSurferLookUpTable() throws IOException {
        Path lut = Files.writeString(dir.resolve("FreeSurferColorLUT.txt"),
                "#$Id: FreeSurferColorLUT.txt\n\n#No. Label Name:  R G B A\n0   Unknown  0 0 0 0\n"
                        + "2   Left-Cerebral-White-Matter   245 245 245 0\n  17  Left-Hippocampus 220 216 20 0\n");
        LabelsAtlas atlas = LabelsAtlas.read(labels(0, 2, 17, 2, 0, 0, 0, 0, 0, 0, 0, 17), lut);
        assertEquals("Left-Cerebral-White-Matter", atlas.name(2));
        assertEquals("Left-Hippocampus", atlas.name(17));
    }

    @Test
    void nonIntegerLabelsFailNamingFileAndVoxel() throws IOException {
        double[] volume = new double[12];
        volume[4] = 2.5;
        Path file = TestImages.write(dir.resolve("soft.nii"), SHAPE, TestImages.affine(1, 0, 0, 0),
                new double[][] {volume});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabelsAtlas.read(file, null));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("(1, 1, 0)") && e.getMessage().contains("2.5"), e.getMessage());
        assertEquals("data", e.field());
    }

    @Test
    void fourDimensionalLabelsAreRefused() throws IOException {
        Path file = TestImages.write(dir.resolve("two.nii"), SHAPE, TestImages.affine(1, 0, 0, 0), new double[2][12]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabelsAtlas.read(file, null));
        assertTrue(e.getMessage().contains("2 volumes"), e.getMessage());
    }

    @Test
    void badNamesFilesFailNamingTheLine() throws IOException {
        Path image = labels(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        Path noHeader = Files.writeString(dir.resolve("bad.tsv"), "label\tname\n1\tA\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> LabelsAtlas.read(image, noHeader))
                .getMessage().contains("'index' and 'name'"));
        Path twice = Files.writeString(dir.resolve("twice.tsv"), "index\tname\n1\tA\n1\tB\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabelsAtlas.read(image, twice));
        assertEquals("line 3", e.field());
        Path notNumber = Files.writeString(dir.resolve("lut.txt"), "x Left 1 2 3 0\n");
        assertEquals("line 1", assertThrows(InvalidInputException.class,
                () -> LabelsAtlas.read(image, notNumber)).field());
    }
}
