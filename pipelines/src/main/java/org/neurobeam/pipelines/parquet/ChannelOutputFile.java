package org.neurobeam.pipelines.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Presents the channel Beam's {@code FileIO} opens for a shard as a Parquet {@link OutputFile}. Beam owns
 * the channel (it writes to a temporary file and renames it when the bundle commits), so closing the
 * stream only flushes.
 */
final class ChannelOutputFile implements OutputFile {

    private final OutputStream out;

    ChannelOutputFile(WritableByteChannel channel) {
        this.out = Channels.newOutputStream(channel);
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
        return new CountingStream(out);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
        return new CountingStream(out);
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return 0;
    }

    /** Counts bytes for Parquet's footer offsets. */
    private static final class CountingStream extends PositionOutputStream {
        private final OutputStream delegate;
        private long position;

        CountingStream(OutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            delegate.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            delegate.write(b, off, len);
            position += len;
        }

        @Override
        public void flush() throws IOException {
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            delegate.flush();
        }
    }
}
