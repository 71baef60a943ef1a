package org.neurobeam.preprocess.parcellation;

/**
 * An atlas region left out of the signal matrix because no usable voxel of the BOLD image is in it.
 *
 * @param label the region's label (labels atlas) or map index (probabilistic atlas)
 * @param name the region's name
 * @param reason why it has no usable voxel
 */
public record EmptyRegion(int label, String name, Reason reason) {

    /** Why a region is empty. */
    public enum Reason {
        /** No voxel of the region falls in the BOLD grid (after resampling) and the mask. */
        NO_VOXELS,
        /** It has voxels, but every one holds NaN or infinity in some volume. */
        ALL_NON_FINITE
    }
}
