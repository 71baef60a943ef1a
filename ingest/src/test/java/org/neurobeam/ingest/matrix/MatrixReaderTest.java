package org.neurobeam.ingest.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyDtype;
import org.neurobeam.ingest.npy.NpyReader;
import org.neurobeam.ingest.npy.NpyType;
import org.neurobeam.ingest.npy.NpyWriter;
import org.neurobeam.ingest.testing.SharedData;

/** Plain {@code .npy} and {@code .csv} time × units matrices with a given rate. */
class MatrixReaderTest {

    @TempDir
    Path dir;

    @Test
    void csvWithHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "roi0,roi1,roi2\n1,2.5,-3e2\n\n4,nan,-inf\n");
        MatrixSeries m = MatrixReader.read(file, 20.0, Modality.CALCIUM);
        assertEquals(List.of("roi0", "roi1", "roi2"), m.names());
        assertEquals(2, m.frames());
        assertEquals(3, m.units());
        assertArrayEquals(new double[] {1, 2.5, -300}, m.rows()[0], 0.0);
        assertArrayEquals(new double[] {4, Double.NaN, Double.NEGATIVE_INFINITY}, m.rows()[1], 0.0);
        assertEquals(0.05, m.time(1), 0.0);
        assertEquals(Modality.CALCIUM, m.modality());
    }

    @Test
    void csvWithoutHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("counts.csv"), "0,1\n2,0\n1,1\n");
        MatrixSeries m = MatrixReader.read(file, 100.0, Modality.SPIKES);
        assertEquals(List.of(), m.names());
        assertEquals(3, m.frames());
        assertArrayEquals(new double[] {2, 0}, m.rows()[1], 0.0);
    }

    @Test
    void npyTimeByUnitsIsTheTransposeOfSuite2pTraces() throws IOException {
        NpyArray f = NpyReader.read(SharedData.file("calcium/suite2p/plane0/F.npy"));
        double[] transposed = new double[900 * 12];
        for (int t = 0; t < 900; t++) {
            for (int r = 0; r < 12; r++) {
                transposed[t * 12 + r] = f.getDouble(r * 900 + t);
            }
        }
        Path file = dir.resolve("f_time_by_roi.npy");
        NpyWriter.write(file, NpyArray.ofDoubles(NpyDtype.of(NpyType.FLOAT32), new long[] {900, 12}, transposed), true);
        MatrixSeries m = MatrixReader.read(file, 30.0, Modality.CALCIUM);
        assertEquals(900, m.frames());
        assertEquals(12, m.units());
        for (int t = 0; t < 900; t++) {
            for (int r = 0; r < 12; r++) {
                assertEquals(f.getDouble(r * 900 + t), m.rows()[t][r], 0.0);
            }
        }
        Path vector = dir.resolve("v.npy");
        NpyWriter.write(vector, NpyArray.ofLongs(NpyDtype.of(NpyType.INT16), new long[] {3}, new long[] {1, 2, 3}),
                false);
        assertArrayEquals(new double[] {2}, MatrixReader.read(vector, 1.0, Modality.SPIKES).rows()[1], 0.0);
    }

    @Test
    void badInputsNameFileAndLine() throws IOException {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b\n1,2\n3\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MatrixReader.read(ragged, 1.0, Modality.CALCIUM));
        assertEquals("line 3", e.field());
        assertEquals(ragged.toString(), e.file());
        Path text = Files.writeString(dir.resolve("text.csv"), "1,2\n3,x\n");
        InvalidInputException cell = assertThrows(InvalidInputException.class,
                () -> MatrixReader.read(text, 1.0, Modality.CALCIUM));
        assertTrue(cell.getMessage().contains("line 2: cell 2 ('x') is not a number"), cell.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "a,b\n");
        assertThrows(InvalidInputException.class, () -> MatrixReader.read(empty, 1.0, Modality.CALCIUM));
        Path cube = dir.resolve("cube.npy");
        NpyWriter.write(cube, NpyArray.ofDoubles(NpyDtype.of(NpyType.FLOAT64), new long[] {1, 1, 1}, new double[1]),
                false);
        assertEquals("shape", assertThrows(InvalidInputException.class,
                () -> MatrixReader.read(cube, 1.0, Modality.CALCIUM)).field());
        assertThrows(InvalidInputException.class, () -> MatrixReader.read(dir.resolve("x.mat"), 1.0, Modality.CALCIUM));
        assertThrows(IllegalArgumentException.class, () -> MatrixReader.read(text, 0.0, Modality.CALCIUM));
    }
}
