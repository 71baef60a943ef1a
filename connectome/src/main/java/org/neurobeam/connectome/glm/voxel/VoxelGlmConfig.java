package org.neurobeam.connectome.glm.voxel;

import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.ingest.Checks;

/**
 * Settings of a voxelwise fit: the noise model ({@link GlmConfig}: OLS, or nilearn's binned AR(1)) and
 * whether each voxel is first scaled to percent of its temporal mean, as nilearn's
 * {@code FirstLevelModel(signal_scaling=0)} does ({@link org.neurobeam.connectome.glm.MeanScaling}).
 * {@link #DEFAULT} is nilearn's {@code FirstLevelModel} default: AR(1), 100 bins, mean scaling.
 *
 * @param fit         noise model and AR(1) bins
 * @param meanScaling scale every voxel to {@code 100 (y / max(mean, 1) - 1)} before the fit
 */
public record VoxelGlmConfig(GlmConfig fit, boolean meanScaling) {

    public static final VoxelGlmConfig DEFAULT = new VoxelGlmConfig(GlmConfig.DEFAULT, true);

    public VoxelGlmConfig {
        Checks.argument(fit != null, "noise_model", "missing");
    }
}
