package org.neurobeam.connectome.dynamic;

import org.neurobeam.ingest.Checks;

/**
 * Tapered sliding window in seconds (Allen et al. 2014, Cereb Cortex 24:663: a rectangle of 22 TR convolved
 * with a Gaussian of σ = 3 TR, slid in steps of 1 TR). Seconds are converted to samples by rounding to the
 * nearest multiple of the TR (our choice; the notes give the values in TR).
 *
 * @param lengthSeconds length L of the rectangle, at least 2 samples after rounding
 * @param stepSeconds distance between consecutive window starts, at least 1 sample after rounding
 * @param taperSigmaSeconds σ of the Gaussian taper; 0 gives a plain rectangle
 * @param tr sampling interval in seconds
 */
public record WindowConfig(double lengthSeconds, double stepSeconds, double taperSigmaSeconds, double tr) {

    public WindowConfig {
        Checks.positive(tr, "tr");
        Checks.argument(Double.isFinite(lengthSeconds) && Math.round(lengthSeconds / tr) >= 2, "lengthSeconds",
                "expected at least 2 samples (2 TR = %s s), got %s s", 2 * tr, lengthSeconds);
        Checks.argument(Double.isFinite(stepSeconds) && Math.round(stepSeconds / tr) >= 1, "stepSeconds",
                "expected at least 1 sample (1 TR = %s s), got %s s", tr, stepSeconds);
        Checks.argument(Double.isFinite(taperSigmaSeconds) && taperSigmaSeconds >= 0, "taperSigmaSeconds",
                "expected a finite value >= 0, got %s", taperSigmaSeconds);
    }

    /** Allen et al. 2014: 22 TR rectangle, Gaussian σ = 3 TR, step 1 TR. */
    public static WindowConfig allen(double tr) {
        return new WindowConfig(22 * tr, tr, 3 * tr, tr);
    }

    /** Rectangle length in samples. */
    public int lengthSamples() {
        return (int) Math.round(lengthSeconds / tr);
    }

    /** Step in samples. */
    public int stepSamples() {
        return (int) Math.round(stepSeconds / tr);
    }

    /** Taper σ in samples (not rounded). */
    public double sigmaSamples() {
        return taperSigmaSeconds / tr;
    }
}
