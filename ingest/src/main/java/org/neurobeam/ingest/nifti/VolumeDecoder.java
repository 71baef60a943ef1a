package org.neurobeam.ingest.nifti;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.neurobeam.ingest.Checks;

/**
 * Turns the bytes of one volume into doubles, a bounded chunk at a time (memory: the output volume
 * plus one chunk), optionally applying nibabel's read scaling {@code stored * slope + inter} in float64.
 */
final class VolumeDecoder {

    private static final int CHUNK = 1 << 20;

    private final NiftiHeader header;
    private final NiftiDatatype type;
    private final ByteBuffer chunk;
    private final int voxels;

    VolumeDecoder(NiftiHeader header) {
        this.header = header;
        this.type = header.type();
        long perVolume = header.voxelsPerVolume();
        Checks.argument(perVolume <= Integer.MAX_VALUE - 8, "volume",
                "%d voxels per volume do not fit one Java array", perVolume);
        this.voxels = (int) perVolume;
        int bytes = (int) Math.min((long) voxels * type.bytes(), CHUNK / type.bytes() * type.bytes());
        this.chunk = ByteBuffer.allocate(bytes).order(header.byteOrder());
    }

    int voxels() {
        return voxels;
    }

    /** Decodes volume {@code t} from {@code source} into {@code into}, scaled when {@code scaled}. */
    void decode(VoxelSource source, long t, double[] into, boolean scaled) throws IOException {
        Checks.argument(t >= 0 && t < header.volumeCount(), "t", "volume %d outside 0..%d", t,
                header.volumeCount() - 1);
        Checks.argument(into.length == voxels, "into", "expected %d values, got %d", voxels, into.length);
        boolean scale = scaled && header.isScaled();
        double slope = header.sclSlope();
        double inter = header.sclInter();
        int size = type.bytes();
        long position = t * header.volumeBytes();
        int done = 0;
        while (done < voxels) {
            int n = Math.min(voxels - done, chunk.capacity() / size);
            chunk.clear().limit(n * size);
            source.read(position + (long) done * size, chunk);
            for (int i = 0; i < n; i++) {
                double v = type.decode(chunk, i * size);
                into[done + i] = scale ? v * slope + inter : v;
            }
            done += n;
        }
    }
}
