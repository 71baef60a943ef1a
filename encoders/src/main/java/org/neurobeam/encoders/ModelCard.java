package org.neurobeam.encoders;

/** Names a trained encoder: its model ("demovae", "brainmae"), version and embedding dimension. */
public record ModelCard(String name, String version, int dimension) {
}
