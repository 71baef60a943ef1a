package org.neurobeam.preprocess.ephys.spectral;

/**
 * Power spectral densities per channel.
 *
 * @param frequenciesHz bin frequencies {@code k sfreq / n_fft}, within the requested range
 * @param psd {@code [channel][frequency]} density in signal units squared per Hz
 * @param segments number of Welch segments averaged
 */
public record PowerSpectrum(double[] frequenciesHz, double[][] psd, int segments) {

    /** Bin spacing {@code sfreq / n_fft} (NaN with a single bin). */
    public double resolutionHz() {
        return frequenciesHz.length > 1 ? frequenciesHz[1] - frequenciesHz[0] : Double.NaN;
    }
}
