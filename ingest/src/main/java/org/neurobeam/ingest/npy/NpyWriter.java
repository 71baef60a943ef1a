package org.neurobeam.ingest.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Writes numeric arrays as {@code .npy} (NEP-1): format 1.0, or 2.0 when the header exceeds the 65535
 * bytes a 1.0 length field holds; the header dict padded with spaces and a final newline so the data
 * start at a multiple of 64 bytes, as numpy does for aligned memory mapping.
 */
public final class NpyWriter {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

    private NpyWriter() {
    }

    /** Writes {@code array} in its dtype's byte order, C order or, with {@code fortranOrder}, Fortran order. */
    public static void write(Path file, NpyArray array, boolean fortranOrder) throws IOException {
        ByteBuffer data = array.bytes();
        if (fortranOrder) {
            data = FortranOrder.toFortran(data, array.shape(), array.dtype().type().size());
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer header = header(array, fortranOrder);
            while (header.hasRemaining()) {
                out.write(header);
            }
            data.rewind();
            while (data.hasRemaining()) {
                out.write(data);
            }
        }
    }

    /** Magic, version, header length and the padded dict. */
    static ByteBuffer header(NpyArray array, boolean fortranOrder) {
        String dict = String.format(Locale.ROOT, "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }",
                array.dtype().descr(), fortranOrder ? "True" : "False", NpyHeader.shapeText(array.shape()));
        int total = padded(10, dict);
        int version = total - 10 <= 0xFFFF ? 1 : 2;
        int preamble = version == 1 ? 10 : 12;
        total = padded(preamble, dict);
        String padded = dict + " ".repeat(total - preamble - dict.length() - 1) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) version).put((byte) 0);
        if (version == 1) {
            buffer.putShort((short) padded.length());
        } else {
            buffer.putInt(padded.length());
        }
        return buffer.put(padded.getBytes(StandardCharsets.ISO_8859_1)).flip();
    }

    /** Preamble, dict and newline rounded up to a multiple of {@link #ALIGN}. */
    private static int padded(int preamble, String dict) {
        return (preamble + dict.length() + 1 + ALIGN - 1) / ALIGN * ALIGN;
    }
}
