package org.neurobeam.ingest.celegans;

/**
 * One collection row as {@link NeuronMaterializer} assembles it from the projected columns, before
 * {@link WormCollectionReader} checks for nulls: a field stays {@code null} when the row's value is null.
 */
final class NeuronRecord {
    String sourceDataset;
    String worm;
    String neuron;
    Long slot;
    Long maxTimesteps;
    Boolean labelFlag;
    float[] signal;
    float[] time;
}
