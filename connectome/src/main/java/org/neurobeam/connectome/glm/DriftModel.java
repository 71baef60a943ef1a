package org.neurobeam.connectome.glm;

/** nilearn's {@code drift_model}: {@code cosine} (default), {@code polynomial} or none (a constant only). */
public enum DriftModel {
    COSINE, POLYNOMIAL, NONE
}
