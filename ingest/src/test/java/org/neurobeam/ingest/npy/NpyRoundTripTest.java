package org.neurobeam.ingest.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link NpyWriter} then {@link NpyReader} for every numeric dtype, byte order and memory order, and numpy's own files. */
class NpyRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (NpyType type : NpyType.values()) {
            if (!type.isNumeric()) {
                continue;
            }
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                for (boolean fortran : new boolean[] {false, true}) {
                    cases.add(Arguments.of(type, order, fortran));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} fortran={2}")
    @MethodSource("cases")
    void roundTrip(NpyType type, ByteOrder order, boolean fortran) throws IOException {
        NpyDtype dtype = new NpyDtype(type, order);
        for (long[] shape : new long[][] {{}, {5}, {4, 6}, {3, 4, 5}, {0, 3}}) {
            int count = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            long[] values = extremes(type, count);
            NpyArray array = NpyArray.ofLongs(dtype, shape, values);
            Path file = dir.resolve(type + "-" + order + "-" + fortran + "-" + shape.length + ".npy");
            NpyWriter.write(file, array, fortran);
            try (NpyReader reader = NpyReader.open(file)) {
                NpyHeader header = reader.header();
                assertEquals(dtype.descr(), header.dtype().descr());
                assertEquals(type.size() == 1 ? ByteOrder.LITTLE_ENDIAN : order, header.dtype().order());
                assertEquals(fortran, header.fortranOrder());
                assertArrayEquals(shape, header.shape());
                assertEquals(0, header.dataOffset() % 64);
                assertEquals(header.dataOffset() + (long) count * type.size(), Files.size(file));
                NpyArray back = reader.readAll();
                assertArrayEquals(values, back.toLongs());
                assertArrayEquals(array.toDoubles(), back.toDoubles());
                if (shape.length >= 2 && shape[0] > 2) {
                    NpyArray slab = reader.readRows(1, 2);
                    int perRow = count / (int) shape[0];
                    for (int i = 0; i < 2 * perRow; i++) {
                        assertEquals(values[perRow + i], slab.getLong(i));
                    }
                }
            }
        }
    }

    /** Values spanning the type: the generator's pattern plus the type's extremes. */
    private static long[] extremes(NpyType type, int count) {
        long[] v = Fixtures.values(count, type);
        long[] limits = switch (type) {
            case INT8 -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case UINT8 -> new long[] {0, 255};
            case INT16 -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case UINT16 -> new long[] {0, 65535};
            case INT32 -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case UINT32 -> new long[] {0, 0xFFFF_FFFFL};
            case INT64 -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
            case UINT64 -> new long[] {0, -1L};
            case FLOAT32 -> new long[] {-(1L << 24), 1L << 24};
            case FLOAT64 -> new long[] {-(1L << 53), 1L << 53};
            default -> new long[] {0, 1};
        };
        if (count >= 2) {
            v[0] = limits[0];
            v[count - 1] = limits[1];
        }
        return v;
    }

    @Test
    void floatValuesRoundTripExactly() throws IOException {
        double[] values = {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Math.PI, Double.MAX_VALUE};
        for (NpyType type : new NpyType[] {NpyType.FLOAT32, NpyType.FLOAT64}) {
            NpyArray array = NpyArray.ofDoubles(new NpyDtype(type, ByteOrder.BIG_ENDIAN), new long[] {2, 3}, values);
            Path file = dir.resolve(type + ".npy");
            NpyWriter.write(file, array, true);
            assertArrayEquals(array.toDoubles(), NpyReader.read(file).toDoubles());
        }
    }

    /** Fortran-order columns over 1 MiB are gathered one run per column. */
    @Test
    void longFortranColumns() throws IOException {
        int rows = 300_000;
        double[] values = new double[rows * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        Path file = dir.resolve("long.npy");
        NpyWriter.write(file, NpyArray.ofDoubles(NpyDtype.of(NpyType.FLOAT32), new long[] {rows, 2}, values), true);
        try (NpyReader reader = NpyReader.open(file)) {
            assertArrayEquals(new double[] {2 * 123_456, 2 * 123_456 + 1, 2 * 123_457, 2 * 123_457 + 1},
                    reader.readRows(123_456, 2).toDoubles(), 0.0);
        }
    }

    /** numpy's files: big-endian, Fortran order, format versions 2.0 and 3.0. */
    @Test
    void readsNumpyWrittenFiles() throws IOException {
        assertFixture("be_f8_fortran_3d.npy", ">f8", true, 1, new long[] {3, 4, 5}, NpyType.FLOAT64);
        assertFixture("be_i2_c.npy", ">i2", false, 1, new long[] {4, 6}, NpyType.INT16);
        assertFixture("f4_fortran_2d.npy", "<f4", true, 1, new long[] {7, 3}, NpyType.FLOAT32);
        assertFixture("u2_v2.npy", "<u2", false, 2, new long[] {5, 2}, NpyType.UINT16);
        assertFixture("i8_v3.npy", "<i8", false, 3, new long[] {2, 3}, NpyType.INT64);
        try (NpyReader reader = NpyReader.open(Fixtures.file("f4_fortran_2d.npy"))) {
            NpyArray slab = reader.readRows(2, 3);
            assertArrayEquals(new double[] {43, 50, 57}, slab.row(1), 0.0); // element (3, j) = (3*3 + j)*7 - 20
        }
    }

    /** The writer reproduces numpy's bytes exactly (header text, padding, data order). */
    @Test
    void writesNumpyIdenticalBytes() throws IOException {
        assertSameBytes("be_f8_fortran_3d.npy", new NpyDtype(NpyType.FLOAT64, ByteOrder.BIG_ENDIAN), new long[] {3, 4, 5},
                true);
        assertSameBytes("be_i2_c.npy", new NpyDtype(NpyType.INT16, ByteOrder.BIG_ENDIAN), new long[] {4, 6}, false);
        assertSameBytes("f4_fortran_2d.npy", NpyDtype.of(NpyType.FLOAT32), new long[] {7, 3}, true);
    }

    private void assertSameBytes(String name, NpyDtype dtype, long[] shape, boolean fortran) throws IOException {
        int count = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        Path file = dir.resolve(name);
        NpyWriter.write(file, NpyArray.ofLongs(dtype, shape, Fixtures.values(count, dtype.type())), fortran);
        assertArrayEquals(Files.readAllBytes(Fixtures.file(name)), Files.readAllBytes(file), name);
    }

    private static void assertFixture(String name, String descr, boolean fortran, int major, long[] shape,
            NpyType type) throws IOException {
        try (NpyReader reader = NpyReader.open(Fixtures.file(name))) {
            NpyHeader header = reader.header();
            assertEquals(descr, header.dtype().descr(), name);
            assertEquals(fortran, header.fortranOrder(), name);
            assertEquals(major, header.major(), name);
            assertArrayEquals(shape, header.shape(), name);
            int count = (int) header.elementCount();
            assertArrayEquals(Fixtures.values(count, type), reader.readAll().toLongs(), name);
        }
    }
}
