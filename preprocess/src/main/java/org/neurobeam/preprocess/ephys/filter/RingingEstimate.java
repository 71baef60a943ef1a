package org.neurobeam.preprocess.ephys.filter;

import org.neurobeam.preprocess.filter.SectionCascade;

/**
 * MNE's {@code estimate_ringing_samples(sos, max_try=100000)}, the default IIR pad length: the impulse
 * response is computed in chunks of 1000 samples until a chunk has no |h| above 0.1 % of the largest
 * |h| seen; the result is {@code (chunk - 1) x 1000 + } the last index above that threshold in the
 * previous chunk (MNE's arithmetic, kept as is), or 100000 if the response never decays.
 */
final class RingingEstimate {

    private static final int CHUNK = 1000;
    private static final int MAX_TRY = 100_000;

    private RingingEstimate() {
    }

    static int samples(double[][] sos) {
        SectionCascade cascade = SectionCascade.atRest(sos);
        double[] x = new double[CHUNK];
        x[0] = 1;
        int lastGood = CHUNK;
        double threshold = 0;
        int chunks = (MAX_TRY + CHUNK - 1) / CHUNK;
        for (int chunk = 0; chunk < chunks; chunk++) {
            double[] h = cascade.filter(x);
            x[0] = 0;
            double max = 0;
            for (double v : h) {
                max = Math.max(max, Math.abs(v));
            }
            threshold = Math.max(0.001 * max, threshold);
            int last = -1;
            for (int i = 0; i < h.length; i++) {
                if (Math.abs(h[i]) > threshold) {
                    last = i;
                }
            }
            if (last < 0) {
                return (chunk - 1) * CHUNK + lastGood;
            }
            lastGood = last;
        }
        return CHUNK * chunks;
    }
}
