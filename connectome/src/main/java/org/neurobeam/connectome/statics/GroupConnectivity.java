package org.neurobeam.connectome.statics;

import java.util.List;

/**
 * Connectomes of a group of recordings, in input order, and the group mean as nilearn's
 * {@code ConnectivityMeasure.mean_}: the geometric mean of the covariances for {@code tangent}, the
 * symmetrised arithmetic mean of the connectomes otherwise.
 */
public final class GroupConnectivity {

    private final List<Connectome> connectomes;
    private final double[][] mean;

    GroupConnectivity(List<Connectome> connectomes, double[][] mean) {
        this.connectomes = List.copyOf(connectomes);
        this.mean = mean;
    }

    public List<Connectome> connectomes() {
        return connectomes;
    }

    /** The group mean (a copy). */
    public double[][] mean() {
        return SymmetricMatrices.copy(mean);
    }
}
