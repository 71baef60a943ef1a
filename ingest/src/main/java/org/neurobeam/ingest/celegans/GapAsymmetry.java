package org.neurobeam.ingest.celegans;

/**
 * What {@link ConsensusConnectome} does when {@code mean_gap_weight(a, b)} and {@code mean_gap_weight(b, a)}
 * differ beyond {@link ConsensusConnectome#GAP_TOLERANCE}. Gap junctions are undirected and the consensus
 * averages the unique values of both directions, so a file from the consensus script is symmetric; a
 * difference means a file edited or built otherwise (the collection's HF page has a thread on inconsistent gap
 * weights), so the default is to refuse it.
 */
public enum GapAsymmetry {
    /** Fail naming both rows. */
    REJECT,
    /** Use the mean of both directions and list the pair among the connectome's warnings. */
    AVERAGE
}
