package org.neurobeam.connectome.glm.voxel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.ingest.nifti.NiftiDatatype;
import org.neurobeam.ingest.nifti.NiftiWriter;

/**
 * Writes voxelwise results as 3D float32 NIfTI maps on the BOLD grid (its affine, xform code and voxel
 * sizes), NaN outside the fitted voxels, as nilearn's {@code compute_contrast} images; the caller
 * names the files ({@code .nii} or {@code .nii.gz}), e.g. BIDS derivatives'
 * {@code sub-01_task-x_contrast-aMinusB_stat-t_statmap.nii.gz}.
 */
public final class StatMapWriter {

    private StatMapWriter() {
    }

    /** Writes one value per fitted voxel of {@code result} to {@code file}. */
    public static void write(VoxelGlmResult result, double[] perVoxel, Path file, String descrip)
            throws IOException {
        VoxelGrid grid = result.grid();
        NiftiWriter.Builder builder = NiftiWriter.builder().shape(grid.shape()).datatype(NiftiDatatype.FLOAT32)
                .zooms(grid.zooms()).units(grid.spatialUnit(), "unknown").descrip(descrip);
        if (grid.xformCode() > 0) {
            builder.affine(grid.affine()).xformCode(grid.xformCode());
        }
        try (NiftiWriter writer = builder.open(file)) {
            writer.writeVolume(result.toVolume(perVoxel));
        }
    }

    /** Writes the chosen outputs of {@code contrast}, each to the file the map gives it. */
    public static void writeContrast(VoxelGlmResult result, TContrast contrast, Map<ContrastMap, Path> files)
            throws IOException {
        for (var entry : files.entrySet()) {
            write(result, entry.getKey().of(contrast), entry.getValue(),
                    "voxel GLM contrast " + entry.getKey().name().toLowerCase(Locale.ROOT));
        }
    }
}
