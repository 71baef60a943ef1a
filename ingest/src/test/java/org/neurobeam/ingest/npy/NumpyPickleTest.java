package org.neurobeam.ingest.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A numpy 2 pickle (protocol 4, {@code numpy._core}) with numpy scalars, Fortran and big-endian arrays. */
class NumpyPickleTest {

    @Test
    void numpyScalarsAndNestedArrays() throws IOException {
        Object value;
        try (NpyReader reader = NpyReader.open(Fixtures.file("ops_scalars.npy"))) {
            assertEquals(0, reader.header().shape().length);
            value = reader.readObjects();
        }
        Map<?, ?> ops = assertInstanceOf(Map.class, value);
        assertEquals(15.5, ops.get("fs"));
        assertEquals(12L, ops.get("nframes"));
        assertEquals(Boolean.TRUE, ops.get("flag"));
        assertEquals(List.of("a", "b"), ops.get("names"));
        assertNull(ops.get("none"));
        NpyArray img = assertInstanceOf(NpyArray.class, ops.get("img"));
        assertArrayEquals(new long[] {3, 2}, img.shape());
        assertArrayEquals(new double[] {-20, -13, -6, 1, 8, 15}, img.toDoubles(), 0.0);
        NpyArray big = assertInstanceOf(NpyArray.class, ops.get("big"));
        assertEquals(ByteOrder.BIG_ENDIAN, big.dtype().order());
        assertArrayEquals(new long[] {-20, -13, -6, 1}, big.toLongs());
    }

    /** A Fortran-order object array: numpy pickles its elements in C order, so they come back as numpy lists them. */
    @Test
    void fortranObjectArrayKeepsCOrder() throws IOException {
        try (NpyReader reader = NpyReader.open(Fixtures.file("obj_fortran_2d.npy"))) {
            assertEquals(true, reader.header().fortranOrder());
            assertEquals(List.of("a", "b", "c", "d", "e", 7), reader.readObjects());
        }
    }
}
