package org.neurobeam.ingest.suite2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyDtype;
import org.neurobeam.ingest.npy.NpyType;
import org.neurobeam.ingest.npy.NpyWriter;
import org.neurobeam.ingest.testing.SharedData;

/** A copy of the corpus plane with one file broken fails on open, naming the files and the field. */
class Suite2pInvalidInputTest {

    @TempDir
    Path plane;

    @BeforeEach
    void copyPlane() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.file("calcium/suite2p/plane0"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, plane.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void mismatchedNeuropilShapeNamesBothFiles() throws IOException {
        write("Fneu.npy", 12, 899);
        InvalidInputException e = expect("Fneu.npy", "shape");
        assertTrue(e.getMessage().contains("Fneu.npy is (12, 899) but " + plane.resolve("F.npy") + " is (12, 900)"),
                e.getMessage());
    }

    @Test
    void iscellRowsMustMatchTheRois() throws IOException {
        write("iscell.npy", 11, 2);
        InvalidInputException e = expect("iscell.npy", "shape");
        assertTrue(e.getMessage().contains("expected (12, 2) for 12 ROIs"), e.getMessage());
    }

    @Test
    void framesMustMatchOps() throws IOException {
        for (String name : new String[] {"F.npy", "Fneu.npy", "spks.npy"}) {
            write(name, 12, 800);
        }
        InvalidInputException e = expect("ops.npy", "nframes");
        assertTrue(e.getMessage().contains("ops says 900 frames but"), e.getMessage());
    }

    @Test
    void missingFile() throws IOException {
        Files.delete(plane.resolve("stat.npy"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Suite2pPlane.open(plane));
        assertEquals(plane.resolve("stat.npy").toString(), e.file());
    }

    private void write(String name, int rows, int columns) throws IOException {
        NpyWriter.write(plane.resolve(name), NpyArray.ofDoubles(NpyDtype.of(NpyType.FLOAT32),
                new long[] {rows, columns}, new double[rows * columns]), false);
    }

    private InvalidInputException expect(String file, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Suite2pPlane.open(plane));
        assertEquals(plane.resolve(file).toString(), e.file(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }
}
