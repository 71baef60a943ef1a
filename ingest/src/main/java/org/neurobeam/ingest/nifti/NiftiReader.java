package org.neurobeam.ingest.nifti;

import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.ingest.Checks;

/**
 * Reads the voxels of a NIfTI image volume by volume (a volume = dims 1..3; later dims, Fortran
 * order, number the volumes). Uncompressed data is read at random by positional reads; gzip data in
 * one forward pass (see {@link StreamVoxelSource} for the cost of going back). Values come out in the
 * file's order, i fastest, as nibabel {@code get_fdata()} (float64, scaled) or as stored.
 */
public final class NiftiReader implements AutoCloseable {

    /** Largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final NiftiHeader header;
    private final VoxelSource source;
    private final VolumeDecoder decoder;

    private NiftiReader(NiftiHeader header, VoxelSource source) {
        this.header = header;
        this.source = source;
        this.decoder = new VolumeDecoder(header);
    }

    /** Opens a {@code .nii}, {@code .nii.gz}, or a {@code .hdr}/{@code .img} pair given by either name. */
    public static NiftiReader open(Path file) throws IOException {
        NiftiHeader header = NiftiHeader.read(file);
        Path data = header.dataFile();
        long offset = header.voxOffset();
        VoxelSource source = NiftiFiles.isGzip(data)
                ? new StreamVoxelSource(data, () -> NiftiFiles.open(data), offset, header.dataBytes())
                : new ChannelVoxelSource(data, offset, header.dataBytes());
        return new NiftiReader(header, source);
    }

    public NiftiHeader header() {
        return header;
    }

    /** Volume {@code t}, scaled like nibabel {@code get_fdata()} (see {@link NiftiHeader#isScaled()}). */
    public double[] readVolume(long t) throws IOException {
        double[] out = new double[decoder.voxels()];
        readVolume(t, out);
        return out;
    }

    /** As {@link #readVolume(long)} into a caller's array of {@link NiftiHeader#voxelsPerVolume()} values. */
    public void readVolume(long t, double[] into) throws IOException {
        decoder.decode(source, t, into, true);
    }

    /** Volume {@code t} as stored, unscaled (64-bit integers exact up to 2^53). */
    public double[] readVolumeStored(long t) throws IOException {
        double[] out = new double[decoder.voxels()];
        decoder.decode(source, t, out, false);
        return out;
    }

    /** The whole image, scaled, Fortran order; only for images under 2^31 - 9 voxels. */
    public double[] readAll() throws IOException {
        long total = header.voxelsPerVolume() * header.volumeCount();
        Checks.argument(total <= MAX_ARRAY, "readAll", "%s has %d voxels, more than one Java array holds;"
                + " read it volume by volume", header.file(), total);
        double[] all = new double[(int) total];
        double[] volume = new double[decoder.voxels()];
        for (long t = 0; t < header.volumeCount(); t++) {
            readVolume(t, volume);
            System.arraycopy(volume, 0, all, (int) (t * volume.length), volume.length);
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
