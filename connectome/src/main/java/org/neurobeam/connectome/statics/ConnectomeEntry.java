package org.neurobeam.connectome.statics;

/** One entry (i, j, value) of a connectome, regions indexed from 0; listings keep i ≤ j. */
public record ConnectomeEntry(int i, int j, double value) {
}
