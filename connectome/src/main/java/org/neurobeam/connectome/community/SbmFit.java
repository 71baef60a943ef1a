package org.neurobeam.connectome.community;

/**
 * A fitted weighted SBM partition.
 *
 * @param labels block of each node, 0..blocks−1 in order of first appearance
 * @param blocks number of non-empty blocks
 * @param degreeCorrected whether the degree-corrected variant won
 * @param descriptionLength Σ in nats, comparable across partitions and variants of the same graph
 */
public record SbmFit(int[] labels, int blocks, boolean degreeCorrected, double descriptionLength) {
}
