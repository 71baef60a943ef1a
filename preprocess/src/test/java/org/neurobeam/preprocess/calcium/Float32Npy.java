package org.neurobeam.preprocess.calcium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only reader of 2-D little-endian float32 C-order .npy files (format 1.0/2.0), widened to double
 * exactly; stands in until org.neurobeam.ingest.npy is available to this module.
 */
public final class Float32Npy {

    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\)");

    private Float32Npy() {
    }

    /** The array as {@code [row][column]}. */
    public static double[][] read(Path file) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            if (buf.get(0) != (byte) 0x93 || !"NUMPY".equals(new String(buf.array(), 1, 5, StandardCharsets.US_ASCII))) {
                throw new IllegalStateException(file + ": not a .npy file");
            }
            int major = buf.get(6);
            int headerLength = major == 1 ? Short.toUnsignedInt(buf.getShort(8)) : buf.getInt(8);
            int dataStart = (major == 1 ? 10 : 12) + headerLength;
            String header = new String(buf.array(), dataStart - headerLength, headerLength, StandardCharsets.US_ASCII);
            Matcher shape = SHAPE.matcher(header);
            if (!header.contains("'descr': '<f4'") || !header.contains("'fortran_order': False") || !shape.find()) {
                throw new IllegalStateException(file + ": expected 2-D C-order <f4, header " + header);
            }
            int rows = Integer.parseInt(shape.group(1));
            int columns = Integer.parseInt(shape.group(2));
            double[][] out = new double[rows][columns];
            buf.position(dataStart);
            for (double[] row : out) {
                for (int c = 0; c < columns; c++) {
                    row[c] = buf.getFloat();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
