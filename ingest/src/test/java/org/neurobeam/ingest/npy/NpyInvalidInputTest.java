package org.neurobeam.ingest.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** Broken {@code .npy} files fail before any allocation sized from them, naming the file and the field. */
class NpyInvalidInputTest {

    @TempDir
    Path dir;

    @Test
    void headerLongerThanTheFile() throws IOException {
        Path file = write("long.npy", header(1, 0xFFF0, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }"));
        InvalidInputException e = expect(file, "header_len");
        assertTrue(e.getMessage().contains("header of 65520 bytes ends at byte 65530 but the file holds"),
                e.getMessage());
    }

    @Test
    void dataShorterThanDeclared() throws IOException {
        Path file = dir.resolve("short.npy");
        NpyWriter.write(file, NpyArray.ofDoubles(NpyDtype.of(NpyType.FLOAT32), new long[] {12, 900},
                new double[12 * 900]), false);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 10));
        InvalidInputException e = expect(file, "data");
        assertTrue(e.getMessage().contains("shape (12, 900) <f4 declares 43200 bytes of data at offset 128"
                + " but the file holds 43190 bytes after it"), e.getMessage());
    }

    @Test
    void shapeOverflow() throws IOException {
        Path file = write("huge.npy", padded("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, "
                + "4294967296), }"));
        expect(file, "shape");
        Path bytes = write("bytes.npy", padded("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904,"
                + "), }"));
        expect(bytes, "shape");
    }

    @Test
    void badMagicVersionAndDict() throws IOException {
        expect(write("magic.npy", "PK\u0003\u0004 not numpy".getBytes(StandardCharsets.ISO_8859_1)), "magic");
        byte[] v4 = padded("{'descr': '<f8', 'fortran_order': False, 'shape': (0,), }");
        v4[6] = 4;
        expect(write("v4.npy", v4), "version");
        expect(write("keys.npy", padded("{'descr': '<f8', 'shape': (0,), }")), "header");
        expect(write("syntax.npy", padded("{'descr': '<f8', 'fortran_order': False, 'shape': (0,), ")), "header");
        expect(write("order.npy", padded("{'descr': '<f8', 'fortran_order': 0, 'shape': (0,), }")), "fortran_order");
        expect(write("negative.npy", padded("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }")), "shape");
    }

    @Test
    void unsupportedDtypesAreNamed() throws IOException {
        InvalidInputException complex = expect(Fixtures.file("c8.npy"), "descr");
        assertTrue(complex.getMessage().contains("complex dtype '<c8'"), complex.getMessage());
        InvalidInputException structured = expect(write("rec.npy",
                padded("{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (0,), }")), "descr");
        assertTrue(structured.getMessage().contains("structured dtypes are not supported"), structured.getMessage());
        expect(write("str.npy", padded("{'descr': '<U3', 'fortran_order': False, 'shape': (0,), }")), "descr");
    }

    private InvalidInputException expect(Path file, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
            try (NpyReader reader = NpyReader.open(file)) {
                reader.readAll();
            }
        });
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": " + field + ": "), e.getMessage());
        return e;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A version-1.0 file whose header is {@code dict} padded to 64 bytes, with no data. */
    private static byte[] padded(String dict) {
        int total = (10 + dict.length() + 1 + 63) / 64 * 64;
        String text = dict + " ".repeat(total - 10 - dict.length() - 1) + "\n";
        return header(1, text.length(), text);
    }

    private static byte[] header(int major, int length, String text) {
        ByteBuffer b = ByteBuffer.allocate(10 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0}).putShort((short) length);
        return b.put(text.getBytes(StandardCharsets.ISO_8859_1)).array();
    }
}
