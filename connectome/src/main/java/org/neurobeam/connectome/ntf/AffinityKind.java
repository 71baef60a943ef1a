package org.neurobeam.connectome.ntf;

/** Pairwise affinity between two traces in a window (notes §A.3 and its alternatives). */
public enum AffinityKind {
    /**
     * The notes' default "differential affinity" [U in the notes: the paper's formula could not be read]:
     * Gaussian smoothing, central-difference derivative, robust z = d / (1.4826 MAD(d)), instantaneous
     * a_ij(t) = max(0, z_i(t) z_j(t)), averaged over the window.
     */
    DIFFERENTIAL,
    /** Pearson correlation over the window, clipped at 0 (the "linear" baseline the paper argues against). */
    PEARSON,
    /** Plug-in mutual information (nats) of the two traces binned in the window (see {@link MutualInformation}). */
    MUTUAL_INFORMATION
}
