package org.neurobeam.ingest.nifti;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.neurobeam.ingest.InvalidInputException;

/** Random access to an uncompressed data file by positional {@link FileChannel} reads. */
final class ChannelVoxelSource implements VoxelSource {

    private final Path file;
    private final FileChannel channel;
    private final long voxOffset;
    private final long dataBytes;

    ChannelVoxelSource(Path file, long voxOffset, long dataBytes) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.voxOffset = voxOffset;
        this.dataBytes = dataBytes;
    }

    @Override
    public void read(long position, ByteBuffer chunk) throws IOException {
        long at = voxOffset + position;
        while (chunk.hasRemaining()) {
            int n = channel.read(chunk, at);
            if (n < 0) {
                throw new InvalidInputException(file, "dim", String.format(
                        "file ends after %d of %d bytes of voxel data", at - voxOffset, dataBytes));
            }
            at += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
