package org.neurobeam.ingest.npy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.neurobeam.ingest.Checks;

/**
 * Reads a {@code .npy} file whole or as a slab of rows (indices {@code [start, start + count)} of axis
 * 0) by positional reads, so a large array is never held whole. The header is validated on
 * {@link #open}. Object arrays ({@code |O}) are a pickle after the header and go through
 * {@link #readObjects()}.
 */
public final class NpyReader implements AutoCloseable {

    /** Most bytes read per positional read when gathering short Fortran-order columns. */
    private static final int CHUNK = 1 << 20;
    /** Columns up to this size are read whole (a page costs about one read anyway), longer ones by run. */
    private static final int PAGE = 4096;

    private final NpyHeader header;
    private final FileChannel channel;

    private NpyReader(NpyHeader header, FileChannel channel) {
        this.header = header;
        this.channel = channel;
    }

    /** Opens {@code file} and validates its header (see {@link NpyHeader#read}). */
    public static NpyReader open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new NpyReader(NpyHeader.read(channel, file), channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads {@code file} whole. */
    public static NpyArray read(Path file) throws IOException {
        try (NpyReader reader = open(file)) {
            return reader.readAll();
        }
    }

    public NpyHeader header() {
        return header;
    }

    /** Number of rows (axis 0), 1 for a 0-d array. */
    public long rows() {
        long[] shape = header.shape();
        return shape.length == 0 ? 1 : shape[0];
    }

    /** The whole array, C order; fails for arrays over 2^31 - 9 bytes (read rows instead). */
    public NpyArray readAll() throws IOException {
        return readRows(0, (int) Math.min(rows(), Integer.MAX_VALUE));
    }

    /**
     * Rows {@code [start, start + count)} of axis 0 as an array of shape {@code (count, shape[1:]...)},
     * C order. C-order files are read in one positional read; Fortran-order files, where a row's
     * elements lie {@code shape[0]} elements apart, one run per column (whole columns per read when
     * they are at most 4 KiB).
     */
    public NpyArray readRows(long start, int count) throws IOException {
        NpyDtype dtype = header.dtype();
        Checks.argument(dtype.type().isNumeric(), "dtype", "%s holds pickled objects; use readObjects()",
                header.file());
        long rows = rows();
        Checks.argument(start >= 0 && count >= 0 && start + count <= rows, "rows",
                "[%d, %d) outside the %d rows of %s", start, start + count, rows, header.file());
        long[] shape = header.shape();
        long perRow = header.elementCount() / Math.max(rows, 1);
        int item = dtype.type().size();
        long bytes = perRow * count * item;
        Checks.argument(bytes <= NpyArray.MAX_BYTES, "rows", "%d rows of %s are %d bytes, too many for memory",
                count, header.file(), bytes);
        if (shape.length > 0) {
            shape[0] = count;
        }
        ByteBuffer out = ByteBuffer.allocate((int) bytes).order(dtype.order());
        if (!header.fortranOrder() || shape.length < 2) {
            readFully(out, header.dataOffset() + start * perRow * item);
            return new NpyArray(dtype, shape, out);
        }
        ByteBuffer fortran = gatherColumns(start, count, rows, perRow, item, out);
        return new NpyArray(dtype, shape, FortranOrder.toC(fortran, shape, item));
    }

    /**
     * Collects, in Fortran order of the slab, the {@code count} elements at {@code start} of each of the
     * {@code perRow} columns: one read of just those elements per column, or, when columns are at most a
     * page long, one read per window of whole columns.
     */
    private ByteBuffer gatherColumns(long start, int count, long rows, long perRow, int item, ByteBuffer into)
            throws IOException {
        long columnBytes = rows * item;
        int run = count * item;
        long window = columnBytes <= PAGE ? Math.min(perRow, CHUNK / Math.max(columnBytes, 1)) : 1;
        if (window <= 1) {
            for (long column = 0; column < perRow; column++) {
                into.limit(into.position() + run);
                readFully(into, header.dataOffset() + (column * rows + start) * item);
            }
            return into.clear();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) (window * columnBytes));
        for (long column = 0; column < perRow; column += window) {
            int columns = (int) Math.min(window, perRow - column);
            buffer.clear().limit((int) (columns * columnBytes));
            readFully(buffer, header.dataOffset() + column * columnBytes);
            for (int c = 0; c < columns; c++) {
                into.put(buffer.array(), (int) (c * columnBytes + start * item), run);
            }
        }
        return into.clear();
    }

    /**
     * The objects of an object array ({@code |O}), unpickled by {@link NumpyPickle}: the single object
     * of a 0-d array, else a {@code List<Object>} of the elements in C order.
     */
    public Object readObjects() throws IOException {
        Checks.argument(!header.dtype().type().isNumeric(), "dtype", "%s holds %s numbers; use readAll()",
                header.file(), header.dtype().descr());
        channel.position(header.dataOffset());
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
        return NumpyPickle.load(in, header.file());
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            Checks.input(n >= 0, header.file(), "data", "file ends at byte %d, inside the data", at);
            at += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
