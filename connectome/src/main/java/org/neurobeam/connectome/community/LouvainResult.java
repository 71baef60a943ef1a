package org.neurobeam.connectome.community;

/**
 * A Louvain partition.
 *
 * @param labels community of each node, 0..communities−1 in order of first appearance
 * @param communities number of communities
 * @param modularity weighted modularity of {@code labels} at the configured resolution
 */
public record LouvainResult(int[] labels, int communities, double modularity) {
}
