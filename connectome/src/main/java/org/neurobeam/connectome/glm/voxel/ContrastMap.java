package org.neurobeam.connectome.glm.voxel;

import org.neurobeam.connectome.glm.TContrast;

/**
 * The per-voxel outputs of a t contrast that can be written as maps, after nilearn's
 * {@code compute_contrast(output_type=...)}: {@code effect_size}, its standard error (the square root of
 * {@code effect_variance}), {@code stat} (t), {@code z_score} and {@code p_value} (one-sided, upper tail).
 */
public enum ContrastMap {
    EFFECT, STDERR, T, Z, P;

    /** This output of {@code contrast}, one value per fitted voxel. */
    public double[] of(TContrast contrast) {
        return switch (this) {
            case EFFECT -> contrast.effect();
            case STDERR -> contrast.stderr();
            case T -> contrast.t();
            case Z -> contrast.z();
            case P -> contrast.p();
        };
    }
}
