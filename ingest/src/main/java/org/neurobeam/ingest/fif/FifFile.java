package org.neurobeam.ingest.fif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * An open FIF file: every tag header visited once in file order (following each tag's "next" field),
 * checked to lie inside the file, and grouped into the block tree; tag data are read on demand.
 * Like MNE's {@code _fiff_open} when the file has no usable directory, this reads 16 bytes per tag,
 * never the data.
 */
final class FifFile implements AutoCloseable {

    private static final int HEADER = 16;

    private final Path file;
    private final FileChannel channel;
    private final FifBlock root;

    private FifFile(Path file, FileChannel channel, FifBlock root) {
        this.file = file;
        this.channel = channel;
        this.root = root;
    }

    static FifFile open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new FifFile(file, channel, scan(file, channel));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FifBlock scan(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        FifBlock root = new FifBlock(-1);
        Deque<FifBlock> open = new ArrayDeque<>();
        open.push(root);
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.BIG_ENDIAN);
        long pos = 0;
        while (pos < size) {
            String where = "tag at byte " + pos;
            Checks.input(pos + HEADER <= size, file, where, "a 16-byte tag header runs past the end of the"
                    + " %d-byte file", size);
            header.clear();
            read(channel, header, pos, file, where);
            int kind = header.getInt(0);
            int type = header.getInt(4);
            int bytes = header.getInt(8);
            int next = header.getInt(12);
            Checks.input(pos > 0 || kind == Fiff.FILE_ID, file, "FIFF_FILE_ID",
                    "not a FIF file: the first tag has kind %d, expected %d", kind, Fiff.FILE_ID);
            Checks.input(bytes >= 0 && pos + HEADER + bytes <= size, file, where,
                    "tag kind %d declares %d data bytes, the file ends %d bytes after its header", kind, bytes,
                    size - pos - HEADER);
            FifTag tag = new FifTag(kind, type, bytes, pos + HEADER);
            open.peek().tags().add(tag);
            if (kind == Fiff.BLOCK_START) {
                FifBlock block = new FifBlock(readInts(channel, tag, file)[0]);
                open.peek().children().add(block);
                open.push(block);
            } else if (kind == Fiff.BLOCK_END) {
                Checks.input(open.size() > 1, file, where, "FIFF_BLOCK_END without an open block");
                open.pop();
            }
            if (next == Fiff.NEXT_NONE) {
                break;
            }
            long following = next == Fiff.NEXT_SEQ ? pos + HEADER + bytes : next;
            Checks.input(following > pos, file, where, "next tag pointer %d goes backwards", next);
            pos = following;
        }
        Checks.input(open.size() == 1, file, "FIFF_BLOCK_END", "file ends inside block kind %d", open.peek().kind());
        return root;
    }

    Path path() {
        return file;
    }

    /** The top of the block tree; its own tags are the file's top-level tags. */
    FifBlock root() {
        return root;
    }

    /** A tag's data as a big-endian buffer. */
    ByteBuffer data(FifTag tag) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(tag.size()).order(ByteOrder.BIG_ENDIAN);
        read(channel, data, tag.position(), file, "tag kind " + tag.kind());
        return data.flip();
    }

    /** {@code count} bytes of a tag's data starting {@code offset} bytes in. */
    ByteBuffer data(FifTag tag, long offset, int count) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(count).order(ByteOrder.BIG_ENDIAN);
        read(channel, data, tag.position() + offset, file, "tag kind " + tag.kind());
        return data.flip();
    }

    /** An int (array) tag, checked for its type. */
    int[] ints(FifTag tag) throws IOException {
        return readInts(channel, tag, file);
    }

    /** A float (array) tag as doubles, checked for its type. */
    double[] floats(FifTag tag) throws IOException {
        expect(tag, Fiff.T_FLOAT);
        ByteBuffer data = data(tag);
        double[] out = new double[tag.size() / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.getFloat();
        }
        return out;
    }

    /** A double (array) tag, checked for its type. */
    double[] doubles(FifTag tag) throws IOException {
        expect(tag, Fiff.T_DOUBLE);
        ByteBuffer data = data(tag);
        double[] out = new double[tag.size() / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.getDouble();
        }
        return out;
    }

    /** A string tag, Latin-1 as the FIFF standard has it (MNE {@code _read_string}). */
    String string(FifTag tag) throws IOException {
        expect(tag, Fiff.T_STRING);
        return new String(data(tag).array(), StandardCharsets.ISO_8859_1);
    }

    void expect(FifTag tag, int type) throws InvalidInputException {
        Checks.input(tag.type() == type, file, "tag kind " + tag.kind() + " at byte " + (tag.position() - HEADER),
                "expected data type %d, found %d", type, tag.type());
    }

    private static int[] readInts(FileChannel channel, FifTag tag, Path file) throws IOException {
        Checks.input(tag.type() == Fiff.T_INT && tag.size() >= 4 && tag.size() % 4 == 0, file,
                "tag kind " + tag.kind() + " at byte " + (tag.position() - HEADER),
                "expected int data, found type %d with %d bytes", tag.type(), tag.size());
        ByteBuffer data = ByteBuffer.allocate(tag.size()).order(ByteOrder.BIG_ENDIAN);
        read(channel, data, tag.position(), file, "tag kind " + tag.kind());
        int[] out = new int[tag.size() / 4];
        data.flip().asIntBuffer().get(out);
        return out;
    }

    private static void read(FileChannel channel, ByteBuffer into, long position, Path file, String where)
            throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            Checks.input(n >= 0, file, where, "file ends at byte %d", at);
            at += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
