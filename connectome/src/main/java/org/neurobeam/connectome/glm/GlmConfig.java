package org.neurobeam.connectome.glm;

import org.neurobeam.ingest.Checks;

/**
 * Settings of the fit; {@link #DEFAULT} is nilearn's {@code run_glm(noise_model='ar1', bins=100)}. SPM
 * instead estimates one AR(1) + white-noise model for the whole brain by ReML (its "AR(1)" option); the
 * per-voxel binned AR(1) here is nilearn's.
 *
 * @param noiseModel OLS or AR(1)
 * @param bins       AR(1) coefficients are truncated to multiples of 1/bins and units sharing one are
 *                   refitted together
 */
public record GlmConfig(NoiseModel noiseModel, int bins) {

    public static final GlmConfig DEFAULT = new GlmConfig(NoiseModel.AR1, 100);
    public static final GlmConfig OLS = new GlmConfig(NoiseModel.OLS, 100);

    public GlmConfig {
        Checks.argument(noiseModel != null, "noise_model", "missing");
        Checks.argument(bins > 0, "bins", "expected a positive number of bins, got %d", bins);
    }
}
