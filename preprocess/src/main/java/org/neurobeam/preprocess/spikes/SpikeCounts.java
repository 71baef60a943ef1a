package org.neurobeam.preprocess.spikes;

import org.neurobeam.ingest.Checks;

/** Spike times (s, any order) to counts per {@link BinGrid} bin; times outside {@code [start, end)} are not counted. */
public final class SpikeCounts {

    private SpikeCounts() {
    }

    /** Counts per bin ({@code grid.size()} values). NaN times are an error. */
    public static int[] count(double[] spikeTimes, BinGrid grid) {
        int[] counts = new int[grid.size()];
        for (int i = 0; i < spikeTimes.length; i++) {
            Checks.argument(!Double.isNaN(spikeTimes[i]), "spikeTimes", "spike %d is NaN", i);
            int k = grid.index(spikeTimes[i]);
            if (k >= 0) {
                counts[k]++;
            }
        }
        return counts;
    }
}
