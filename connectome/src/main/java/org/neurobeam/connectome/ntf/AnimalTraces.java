package org.neurobeam.connectome.ntf;

import java.util.Objects;

/**
 * One animal's traces over the common neuron set (notes §A.2).
 *
 * @param traces [time][neuron]; columns of absent neurons are ignored (NaN allowed there)
 * @param present whether each neuron was identified in this animal
 */
public record AnimalTraces(double[][] traces, boolean[] present) {

    public AnimalTraces {
        Objects.requireNonNull(traces, "traces");
        Objects.requireNonNull(present, "present");
    }

    /** All neurons present. */
    public static AnimalTraces complete(double[][] traces) {
        boolean[] present = new boolean[traces.length == 0 || traces[0] == null ? 0 : traces[0].length];
        java.util.Arrays.fill(present, true);
        return new AnimalTraces(traces, present);
    }
}
