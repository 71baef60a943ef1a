package org.neurobeam.pipelines.dynamic;

import java.io.Serializable;
import org.neurobeam.ingest.celegans.NeuronActivity;

/**
 * What {@link ReadWormsFn} emits under a worm's key: a validated row, or the problem that leaves the worm out.
 *
 * @param file    the collection file
 * @param neuron  the row, or {@code null} for a problem
 * @param problem the message of the failure, or {@code null} for a row
 */
record WormRow(String file, NeuronActivity neuron, String problem) implements Serializable {

    private static final long serialVersionUID = 1L;
}
