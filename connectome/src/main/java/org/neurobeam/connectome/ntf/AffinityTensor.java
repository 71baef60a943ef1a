package org.neurobeam.connectome.ntf;

import org.neurobeam.ingest.Checks;

/**
 * Non-negative three-way tensor X[pair][window][animal] (Dyballa et al. 2024, notes §A.2) with a mask of
 * observed entries. Stored flat, index (p·T + t)·W + w. A pair involving a neuron absent in an animal is
 * unobserved there. Every pair, window and animal must have at least one observed entry, otherwise its factor
 * row would be undetermined: such a slice is rejected naming the mode and the index.
 */
public final class AffinityTensor {

    private final int pairs;
    private final int windows;
    private final int animals;
    private final double[] values;
    private final boolean[] observed;
    private final int missing;

    private AffinityTensor(int pairs, int windows, int animals, double[] values, boolean[] observed) {
        this.pairs = pairs;
        this.windows = windows;
        this.animals = animals;
        this.values = values;
        this.observed = observed;
        int m = 0;
        for (boolean o : observed) {
            m += o ? 0 : 1;
        }
        this.missing = m;
        requireObservedSlices();
    }

    /** A fully observed tensor from {@code values[pair][window][animal]}. */
    public static AffinityTensor of(double[][][] values) {
        return of(values, null);
    }

    /**
     * A tensor from {@code values[pair][window][animal]} and {@code observed} of the same shape (null: all
     * observed). Observed values must be finite and ≥ 0; unobserved values are ignored (NaN allowed).
     */
    public static AffinityTensor of(double[][][] values, boolean[][][] observed) {
        Checks.argument(values != null && values.length > 0 && values[0] != null && values[0].length > 0
                && values[0][0] != null && values[0][0].length > 0, "values",
                "expected a non-empty [pair][window][animal] array");
        int p = values.length;
        int t = values[0].length;
        int w = values[0][0].length;
        double[] flat = new double[p * t * w];
        boolean[] mask = new boolean[flat.length];
        for (int i = 0; i < p; i++) {
            Checks.argument(values[i] != null && values[i].length == t, "values", "pair %d has not %d windows", i, t);
            Checks.argument(observed == null || observed[i] != null && observed[i].length == t, "observed",
                    "pair %d has not %d windows", i, t);
            for (int j = 0; j < t; j++) {
                Checks.argument(values[i][j] != null && values[i][j].length == w, "values",
                        "pair %d window %d has not %d animals", i, j, w);
                Checks.argument(observed == null || observed[i][j] != null && observed[i][j].length == w,
                        "observed", "pair %d window %d has not %d animals", i, j, w);
                for (int k = 0; k < w; k++) {
                    int idx = (i * t + j) * w + k;
                    mask[idx] = observed == null || observed[i][j][k];
                    if (mask[idx]) {
                        double v = values[i][j][k];
                        Checks.argument(Double.isFinite(v) && v >= 0, "values",
                                "entry (pair %d, window %d, animal %d) is %s; observed entries must be finite and >= 0",
                                i, j, k, v);
                        flat[idx] = v;
                    }
                }
            }
        }
        return new AffinityTensor(p, t, w, flat, mask);
    }

    private void requireObservedSlices() {
        boolean[] pairSeen = new boolean[pairs];
        boolean[] windowSeen = new boolean[windows];
        boolean[] animalSeen = new boolean[animals];
        for (int i = 0; i < pairs; i++) {
            for (int j = 0; j < windows; j++) {
                for (int k = 0; k < animals; k++) {
                    if (observed[(i * windows + j) * animals + k]) {
                        pairSeen[i] = true;
                        windowSeen[j] = true;
                        animalSeen[k] = true;
                    }
                }
            }
        }
        requireSeen(animalSeen, "animal", "all its neurons (pairs) are missing");
        requireSeen(pairSeen, "pair", "its two neurons are never observed together");
        requireSeen(windowSeen, "window", "no entry is observed");
    }

    private static void requireSeen(boolean[] seen, String mode, String why) {
        for (int i = 0; i < seen.length; i++) {
            Checks.argument(seen[i], "observed", "%s %d has no observed entry: %s", mode, i, why);
        }
    }

    public int pairs() {
        return pairs;
    }

    public int windows() {
        return windows;
    }

    public int animals() {
        return animals;
    }

    /** Number of unobserved entries. */
    public int missing() {
        return missing;
    }

    /** Value at (pair, window, animal); 0 where unobserved. */
    public double get(int p, int t, int w) {
        return values[(p * windows + t) * animals + w];
    }

    public boolean isObserved(int p, int t, int w) {
        return observed[(p * windows + t) * animals + w];
    }

    /** The flat values (copy), index (p·T + t)·W + w, 0 where unobserved. */
    double[] flatValues() {
        return values.clone();
    }

    /** The flat mask (shared; do not modify). */
    boolean[] flatMask() {
        return observed;
    }
}
