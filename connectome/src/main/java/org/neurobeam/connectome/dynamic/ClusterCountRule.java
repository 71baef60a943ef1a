package org.neurobeam.connectome.dynamic;

/** How {@link ClusterCountSelection} picks k when it is not given (the notes leave the exact rule open). */
public enum ClusterCountRule {
    /**
     * Elbow (Allen et al. 2014 used an elbow over k = 2..20): the k whose point (k, cost_k), both axes scaled
     * to [0, 1] over the swept range, lies farthest below the chord from the first to the last k
     * ("kneedle", Satopää et al. 2011; our concrete reading).
     */
    ELBOW,
    /** The k of largest mean silhouette (Rousseeuw 1987) under the clustering distance; needs k ≥ 2. */
    SILHOUETTE
}
