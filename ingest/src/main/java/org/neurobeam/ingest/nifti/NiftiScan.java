package org.neurobeam.ingest.nifti;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One sequential pass over an image file: the sha256 of its bytes exactly as on disk (the compressed
 * bytes of a .nii.gz; the .img of a pair) and the statistics of every volume, decoded in order, so a
 * truncated file is detected. Memory: one volume.
 */
public record NiftiScan(NiftiHeader header, String sha256, NiftiStats stats) {

    public static NiftiScan of(Path file) throws IOException {
        NiftiHeader header = NiftiHeader.read(file);
        Path data = header.dataFile();
        MessageDigest digest = newDigest();
        boolean gzip = NiftiFiles.isGzip(data);
        StatsAccumulator stats = new StatsAccumulator();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(data), digest)) {
            InputStream content;
            try {
                content = NiftiFiles.content(raw, gzip);
            } catch (IOException e) {
                throw NiftiFiles.truncated(data, e);
            }
            try (StreamVoxelSource source = new StreamVoxelSource(data, () -> content, header.voxOffset(),
                    header.dataBytes())) {
                VolumeDecoder decoder = new VolumeDecoder(header);
                double[] volume = new double[decoder.voxels()];
                for (long t = 0; t < header.volumeCount(); t++) {
                    decoder.decode(source, t, volume, true);
                    stats.add(volume);
                }
                source.drain();
                raw.transferTo(OutputStream.nullOutputStream());
            }
        }
        return new NiftiScan(header, HexFormat.of().formatHex(digest.digest()), stats.result());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
