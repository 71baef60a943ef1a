package org.neurobeam.ingest.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A validated {@code .npy} header (NEP-1 / numpy "The .npy format"): magic {@code \x93NUMPY}, version
 * 1.0 (2-byte header length), 2.0 or 3.0 (4-byte length; 3.0 a UTF-8 header), then a dict literal with
 * {@code descr}, {@code fortran_order} and {@code shape}; the data start right after it.
 *
 * @param file         the file read
 * @param major        format major version (1, 2 or 3)
 * @param minor        format minor version (0)
 * @param dtype        element type and byte order
 * @param fortranOrder whether the data are stored in Fortran (column-major) order
 * @param shape        the array shape ({@code []} for a 0-d array)
 * @param dataOffset   byte offset of the first element
 */
public record NpyHeader(Path file, int major, int minor, NpyDtype dtype, boolean fortranOrder, long[] shape,
        long dataOffset) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /**
     * Reads and validates the header of {@code file}, in order: magic, version, header length within
     * the file, the dict (keys, descr, fortran_order, shape), the element count and data size fitting a
     * long, and, for numeric dtypes, the file holding the declared data bytes. Nothing is sized from the
     * header before these checks pass.
     */
    public static NpyHeader read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, file);
        }
    }

    static NpyHeader read(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        ByteBuffer preamble = readAt(channel, 0, (int) Math.min(12, size)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[Math.min(6, preamble.limit())];
        preamble.get(0, magic);
        Checks.input(Arrays.equals(magic, MAGIC), file, "magic", "expected \\x93NUMPY, the file does not start"
                + " with it (%d bytes)", size);
        Checks.input(size >= 10, file, "header_len", "file ends after %d bytes, inside the preamble", size);
        int major = preamble.get(6) & 0xFF;
        int minor = preamble.get(7) & 0xFF;
        Checks.input(major >= 1 && major <= 3 && minor == 0, file, "version",
                "expected format 1.0, 2.0 or 3.0, got %d.%d", major, minor);
        int lengthBytes = major == 1 ? 2 : 4;
        Checks.input(size >= 8 + lengthBytes, file, "header_len", "file ends after %d bytes, inside the preamble",
                size);
        long headerLength = major == 1 ? preamble.getShort(8) & 0xFFFF : preamble.getInt(8) & 0xFFFF_FFFFL;
        long dataOffset = 8 + lengthBytes + headerLength;
        Checks.input(dataOffset <= size, file, "header_len",
                "header of %d bytes ends at byte %d but the file holds %d bytes", headerLength, dataOffset, size);
        Checks.input(headerLength <= Integer.MAX_VALUE - 8, file, "header_len", "header of %d bytes is too long",
                headerLength);
        byte[] text = new byte[(int) headerLength];
        readAt(channel, 8 + lengthBytes, text.length).get(text);
        String header = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict = HeaderLiteral.parseDict(header, file);
        Checks.input(dict.keySet().equals(Set.of("descr", "fortran_order", "shape")), file, "header",
                "expected exactly the keys descr, fortran_order, shape, got %s", dict.keySet());
        Checks.input(dict.get("descr") instanceof String, file, "descr",
                "expected a simple dtype string, got %s (structured dtypes are not supported)", dict.get("descr"));
        NpyDtype dtype = NpyDtype.parse((String) dict.get("descr"), file);
        Checks.input(dict.get("fortran_order") instanceof Boolean, file, "fortran_order",
                "expected True or False, got %s", dict.get("fortran_order"));
        long[] shape = shape(dict.get("shape"), file);
        NpyHeader parsed = new NpyHeader(file, major, minor, dtype, (Boolean) dict.get("fortran_order"), shape,
                dataOffset);
        if (dtype.type().isNumeric()) {
            long dataBytes = parsed.dataBytes();
            Checks.input(dataBytes <= size - dataOffset, file, "data",
                    "shape %s %s declares %d bytes of data at offset %d but the file holds %d bytes after it",
                    parsed.shapeText(), dtype.descr(), dataBytes, dataOffset, size - dataOffset);
        }
        return parsed;
    }

    private static long[] shape(Object value, Path file) throws InvalidInputException {
        Checks.input(value instanceof List<?>, file, "shape", "expected a tuple of integers, got %s", value);
        List<?> dims = (List<?>) value;
        long[] shape = new long[dims.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            Checks.input(dims.get(i) instanceof Long l && l >= 0, file, "shape",
                    "expected non-negative integers, got %s", dims);
            shape[i] = (Long) dims.get(i);
            try {
                count = Math.multiplyExact(count, shape[i]);
            } catch (ArithmeticException e) {
                throw new InvalidInputException(file, "shape", "element count of " + dims + " overflows a long");
            }
        }
        return shape;
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        int n = 0;
        while (buffer.hasRemaining() && n >= 0) {
            n = channel.read(buffer, position + buffer.position());
        }
        return buffer.flip();
    }

    /** Number of elements (1 for a 0-d array). */
    public long elementCount() {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        return count;
    }

    /** Bytes of element data (numeric dtypes); fails on overflow, which {@link #read} rules out. */
    public long dataBytes() throws InvalidInputException {
        try {
            return Math.multiplyExact(elementCount(), dtype.type().size());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(file, "shape", shapeText() + " of " + dtype.descr()
                    + " is more than 2^63 bytes");
        }
    }

    /** The shape as numpy prints it: {@code (12, 900)}, {@code (12,)}, {@code ()}. */
    public String shapeText() {
        return shapeText(shape);
    }

    static String shapeText(long[] shape) {
        String inner = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
        return "(" + inner + (shape.length == 1 ? ",)" : ")");
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && h.file.equals(file) && h.major == major && h.minor == minor
                && h.dtype.equals(dtype) && h.fortranOrder == fortranOrder && Arrays.equals(h.shape, shape)
                && h.dataOffset == dataOffset;
    }

    @Override
    public int hashCode() {
        return 31 * file.hashCode() + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return file + ": " + dtype.descr() + " " + shapeText() + (fortranOrder ? " Fortran order" : "");
    }
}
