package org.neurobeam.preprocess.parcellation;

import java.util.stream.IntStream;

/** Small index helpers. */
final class Regions {

    private Regions() {
    }

    /** Positions of the true entries. */
    static int[] indices(boolean[] flags) {
        return IntStream.range(0, flags.length).filter(i -> flags[i]).toArray();
    }
}
