package org.neurobeam.preprocess.ephys.filter;

/**
 * A designed linear-phase FIR filter and how it was designed.
 *
 * @param coefficients odd-length symmetric impulse response ({@code create_filter}'s return value)
 * @param description design decisions for provenance
 */
public record FirFilter(double[] coefficients, FilterDescription description) {

    /** Zero-phase filtering of {@code double[channel][sample]} signals; see {@link ZeroPhaseFir}. */
    public double[][] apply(double[][] signals) {
        return ZeroPhaseFir.apply(coefficients, signals);
    }
}
