package org.neurobeam.ingest.nifti;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Where a NIfTI image's header and voxels live: one {@code .nii} file, or a {@code .hdr}/{@code .img}
 * pair found from either name (nibabel's {@code Nifti1Pair} file map), each optionally gzipped.
 * Compression is recognised by the gzip magic bytes, not the name.
 */
final class NiftiFiles {

    private static final int BUFFER = 1 << 16;

    private NiftiFiles() {
    }

    /** The header file and the voxel file of {@code file} (the same path for a single file). */
    record Location(Path header, Path data) {
        boolean isPair() {
            return !header.equals(data);
        }
    }

    static Location locate(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String gz = lower.endsWith(".gz") ? name.substring(name.length() - 3) : "";
        String stem = name.substring(0, name.length() - gz.length());
        String ext = stem.length() >= 4 ? stem.substring(stem.length() - 4) : "";
        String base = stem.substring(0, stem.length() - ext.length());
        return switch (ext.toLowerCase(Locale.ROOT)) {
            case ".hdr" -> new Location(file, file.resolveSibling(base + swapCase(ext, ".img") + gz));
            case ".img" -> new Location(file.resolveSibling(base + swapCase(ext, ".hdr") + gz), file);
            default -> new Location(file, file);
        };
    }

    /** Whether {@code file} starts with the gzip magic 1f 8b. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** A buffered stream of {@code raw}'s content, decompressed when {@code gzip}. */
    static InputStream content(InputStream raw, boolean gzip) throws IOException {
        return gzip ? new GZIPInputStream(raw, BUFFER) : new BufferedInputStream(raw, BUFFER);
    }

    /** Opens {@code file}'s content, decompressing gzip; a corrupt gzip header is an input error. */
    static InputStream open(Path file) throws IOException {
        boolean gzip = isGzip(file);
        InputStream raw = Files.newInputStream(file);
        try {
            return content(raw, gzip);
        } catch (IOException e) {
            raw.close();
            throw truncated(file, e);
        }
    }

    /**
     * Reads up to {@code n} bytes, stopping early only at the end of the stream; a gzip stream cut in
     * the middle or corrupt becomes an {@link InvalidInputException} naming {@code file}.
     */
    static byte[] readUpTo(InputStream in, int n, Path file) throws IOException {
        try {
            return in.readNBytes(n);
        } catch (EOFException | ZipException e) {
            throw truncated(file, e);
        }
    }

    static InvalidInputException truncated(Path file, IOException cause) {
        return new InvalidInputException(file, null, "truncated or corrupt gzip stream (" + cause.getMessage() + ")",
                cause);
    }

    private static String swapCase(String like, String ext) {
        return like.equals(like.toUpperCase(Locale.ROOT)) ? ext.toUpperCase(Locale.ROOT) : ext;
    }
}
