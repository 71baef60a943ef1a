package org.neurobeam.connectome.states;

/**
 * Closed-form maximiser of Σ_j c_j log p_j subject to Σp = 1 and p_j ≥ floor (water-filling): entries whose
 * proportional share falls below the floor are pinned at it and the rest share the remaining mass in
 * proportion to their counts. Being the exact constrained optimum, it keeps EM monotone, unlike the
 * reference's clamp-then-renormalise of log Π at −8 (notes §B.3), which it otherwise mirrors.
 */
final class FlooredCategorical {

    private FlooredCategorical() {
    }

    /** The constrained maximiser for non-negative {@code counts}. */
    static double[] maximise(double[] counts, double floor) {
        int k = counts.length;
        boolean[] pinned = new boolean[k];
        double[] p = new double[k];
        boolean changed = true;
        while (changed) {
            changed = false;
            double free = 0;
            int pinnedCount = 0;
            for (int j = 0; j < k; j++) {
                if (pinned[j]) {
                    pinnedCount++;
                } else {
                    free += counts[j];
                }
            }
            double mass = 1 - pinnedCount * floor;
            int unpinned = k - pinnedCount;
            for (int j = 0; j < k; j++) {
                if (pinned[j]) {
                    p[j] = floor;
                } else {
                    p[j] = free > 0 ? mass * counts[j] / free : mass / unpinned;
                    if (p[j] < floor) {
                        pinned[j] = true;
                        changed = true;
                    }
                }
            }
        }
        return p;
    }
}
