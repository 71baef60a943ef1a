package org.neurobeam.ingest.nifti;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Voxel bytes from a sequential stream (a gzip member cannot be entered in the middle). Reading on
 * from where the last read stopped continues the stream; a later position is reached by decompressing
 * and discarding; an earlier one reopens the file and decompresses again from the start, which costs
 * a full pass up to that point, so read volumes in order where possible.
 */
final class StreamVoxelSource implements VoxelSource {

    /** Opens the file's content (decompressed) from its first byte. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final Path file;
    private final Opener opener;
    private final long voxOffset;
    private final long dataBytes;
    private InputStream in;
    /** Position in the decompressed content (header included). */
    private long position;

    StreamVoxelSource(Path file, Opener opener, long voxOffset, long dataBytes) {
        this.file = file;
        this.opener = opener;
        this.voxOffset = voxOffset;
        this.dataBytes = dataBytes;
    }

    @Override
    public void read(long dataPosition, ByteBuffer chunk) throws IOException {
        long target = voxOffset + dataPosition;
        if (in == null || target < position) {
            close();
            in = opener.open();
            position = 0;
        }
        try {
            discard(target - position);
            int want = chunk.remaining();
            int got = in.readNBytes(chunk.array(), chunk.arrayOffset() + chunk.position(), want);
            position += got;
            chunk.position(chunk.position() + got);
            if (got < want) {
                throw shortData(position - voxOffset);
            }
        } catch (EOFException e) {
            throw shortData(-1);
        } catch (ZipException e) {
            throw NiftiFiles.truncated(file, e);
        }
    }

    /** Skips by reading (a digest or decompressor under the stream must see every byte). */
    private void discard(long bytes) throws IOException {
        byte[] scratch = new byte[(int) Math.min(bytes, 1 << 16)];
        long left = bytes;
        while (left > 0) {
            int n = in.read(scratch, 0, (int) Math.min(left, scratch.length));
            if (n < 0) {
                throw shortData(position - voxOffset);
            }
            left -= n;
            position += n;
        }
    }

    private InvalidInputException shortData(long available) {
        String message = available >= 0
                ? String.format("gzip stream ends after %d of %d bytes of voxel data", available, dataBytes)
                : String.format("truncated gzip stream: fewer than the %d bytes of voxel data", dataBytes);
        return new InvalidInputException(file, "dim", message);
    }

    /** Reads the stream to its end (so gzip checks its CRC and length trailer). */
    void drain() throws IOException {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException | ZipException e) {
            throw NiftiFiles.truncated(file, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
            in = null;
        }
    }
}
