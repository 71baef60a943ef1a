package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;

/** suite2p's neuropil correction {@code Fc = F - neucoeff · Fneu} (suite2p {@code dcnv.preprocess} input). */
public final class NeuropilSubtraction {

    private NeuropilSubtraction() {
    }

    /** {@code f - coefficient * fneu}, frame by frame (a new array). */
    public static double[] apply(double[] f, double[] fneu, double coefficient) {
        Checks.argument(Double.isFinite(coefficient), "neucoeff", "expected a finite number, got %s", coefficient);
        Checks.argument(f.length == fneu.length, "Fneu", "has %d frames, F has %d", fneu.length, f.length);
        double[] out = new double[f.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f[i] - coefficient * fneu[i];
        }
        return out;
    }
}
