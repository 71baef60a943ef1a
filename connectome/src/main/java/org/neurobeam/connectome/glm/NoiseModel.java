package org.neurobeam.connectome.glm;

/** nilearn's {@code noise_model}: ordinary least squares, or AR(1) prewhitening (default). */
public enum NoiseModel {
    OLS, AR1
}
