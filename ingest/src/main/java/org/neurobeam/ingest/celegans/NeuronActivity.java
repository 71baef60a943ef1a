package org.neurobeam.ingest.celegans;

import java.io.Serializable;

/**
 * One row of the collection as stored: one neuron of one worm (notes connectome.md §E.3). Not yet checked;
 * {@link NeuronChecks} and {@link LabelSlots} validate it.
 *
 * @param worm         the animal
 * @param neuron       a label of the 300-neuron list, or a numeric string id when unlabelled
 * @param slot         the labelled neuron's index in the sorted label list; for an unlabelled neuron a random
 *                     free slot, meaningless across worms
 * @param labelled     {@code is_labeled_neuron} (older builds: not {@code is_unlabeled_neuron})
 * @param maxTimesteps {@code max_timesteps}, the resampled length
 * @param signal       the configured signal column ({@link CollectionConfig#signal()})
 * @param time         {@code time_in_seconds}, the resampled clock starting at 0
 */
public record NeuronActivity(WormKey worm, String neuron, int slot, boolean labelled, int maxTimesteps,
        float[] signal, float[] time) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code source_dataset/worm neuron}, as messages name the row. */
    public String describe() {
        return worm + " neuron '" + neuron + "'";
    }
}
