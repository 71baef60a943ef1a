package org.neurobeam.pipelines.inspect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.neurobeam.pipelines.calcium.CalciumInspection;
import org.neurobeam.pipelines.ephys.EphysInspection;

/**
 * Chooses the inspection of a file by its name: NIfTI ({@code .nii}, {@code .nii.gz}, {@code .hdr}, {@code .img})
 * today; each format adds its case. Every report carries {@code "format"} and {@code "path"}.
 */
public final class Inspections {

    private Inspections() {
    }

    /**
     * The report of {@code file}. {@code voxel} applies to images, {@code samples} (first N values per channel)
     * to recordings with channels; each is null when not asked for.
     */
    public static ObjectNode inspect(Path file, long[] voxel, Integer samples) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".nii") || name.endsWith(".nii.gz") || name.endsWith(".hdr") || name.endsWith(".img")
                || name.endsWith(".hdr.gz") || name.endsWith(".img.gz")) {
            return NiftiInspection.inspect(file, voxel);
        }
        if (name.endsWith(".edf") || name.endsWith(".bdf") || name.endsWith(".vhdr") || name.endsWith(".fif")) {
            return EphysInspection.inspect(file, samples);
        }
        if (Files.isDirectory(file) || name.endsWith(".nwb") || name.endsWith(".npy")) {
            return CalciumInspection.inspect(file, samples);
        }
        throw new IllegalArgumentException(file + ": unknown format (expected .nii, .nii.gz, .hdr, .img, .edf, .bdf, .vhdr, .fif, .nwb, .npy or a suite2p plane folder)");
    }
}
