package org.neurobeam.connectome.community;

import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link Louvain}.
 *
 * @param resolution γ of the modularity (1: Newman's)
 * @param seed seed of the node visiting order
 */
public record LouvainConfig(double resolution, long seed) {

    public LouvainConfig {
        Checks.positive(resolution, "resolution");
    }

    /** γ = 1, seed 0. */
    public static LouvainConfig defaults() {
        return new LouvainConfig(1.0, 0);
    }
}
