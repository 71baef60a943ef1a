package org.neurobeam.preprocess.ephys.filter;

import org.neurobeam.ingest.Checks;

/**
 * A FIR filter request with MNE's {@code filter_data} conventions: {@code lFreq} only is a high-pass,
 * {@code hFreq} only a low-pass, {@code lFreq < hFreq} a band-pass, {@code lFreq > hFreq} a band-stop.
 * A null transition bandwidth or length means MNE's {@code 'auto'}; each transition bandwidth belongs to
 * its frequency ({@code lTransBandwidth} to {@code lFreq}), whatever the kind. The other MNE options are
 * fixed at their defaults: {@code phase='zero'}, {@code fir_window='hamming'}, {@code fir_design='firwin'},
 * {@code pad='reflect_limited'}.
 *
 * @param lFreq l_freq in Hz, or null
 * @param hFreq h_freq in Hz, or null
 * @param lTransBandwidth transition bandwidth at lFreq in Hz, or null for
 *     {@code min(max(0.25 f, 2), f)} (band-stop: {@code min(max(0.25 f, 2), sfreq/2 - f)})
 * @param hTransBandwidth transition bandwidth at hFreq in Hz, or null for
 *     {@code min(max(0.25 f, 2), sfreq/2 - f)} (band-stop: {@code min(max(0.25 f, 2), f)})
 * @param filterLength taps, made odd by adding one, or null for {@code ceil(3.3 / min transition x sfreq)} made odd
 */
public record FirConfig(Double lFreq, Double hFreq, Double lTransBandwidth, Double hTransBandwidth,
        Integer filterLength) {

    /** Validates what does not depend on the sampling rate. */
    public FirConfig {
        Checks.argument(lFreq != null || hFreq != null, "l_freq", "give l_freq, h_freq or both");
        Checks.argument(lFreq == null || lFreq > 0, "l_freq", "frequency %s must be greater than zero", lFreq);
        Checks.argument(hFreq == null || hFreq > 0, "h_freq", "frequency %s must be greater than zero", hFreq);
        Checks.argument(lTransBandwidth == null || lTransBandwidth > 0, "l_trans_bandwidth",
                "must be positive, got %s", lTransBandwidth);
        Checks.argument(hTransBandwidth == null || hTransBandwidth > 0, "h_trans_bandwidth",
                "must be positive, got %s", hTransBandwidth);
        Checks.argument(filterLength == null || filterLength > 0, "filter_length", "must be positive, got %s",
                filterLength);
    }

    /** Keeps frequencies below {@code hFreq}. */
    public static FirConfig lowPass(double hFreq) {
        return new FirConfig(null, hFreq, null, null, null);
    }

    /** Keeps frequencies above {@code lFreq}. */
    public static FirConfig highPass(double lFreq) {
        return new FirConfig(lFreq, null, null, null, null);
    }

    /** Keeps frequencies between {@code lFreq} and {@code hFreq}. */
    public static FirConfig bandPass(double lFreq, double hFreq) {
        Checks.argument(lFreq < hFreq, "l_freq", "band-pass needs l_freq < h_freq, got %s >= %s", lFreq, hFreq);
        return new FirConfig(lFreq, hFreq, null, null, null);
    }

    /**
     * Removes frequencies between {@code lowHz} and {@code highHz} (MNE {@code l_freq=highHz, h_freq=lowHz}).
     * MNE's automatic transition bands (a quarter of each edge frequency) often overlap inside a
     * band-stop ("Stop bands are not sufficiently separated"), so they are given here: {@code transition}
     * at both edges.
     */
    public static FirConfig bandStop(double lowHz, double highHz, double transition) {
        Checks.argument(lowHz < highHz, "h_freq", "band-stop needs a lower edge below the upper, got %s >= %s",
                lowHz, highHz);
        return new FirConfig(highHz, lowHz, transition, transition, null);
    }

    /** The same request with explicit transition bandwidths (null: 'auto'). */
    public FirConfig withTransitions(Double lTrans, Double hTrans) {
        return new FirConfig(lFreq, hFreq, lTrans, hTrans, filterLength);
    }

    /** The same request with an explicit length in taps (null: 'auto'). */
    public FirConfig withLength(Integer taps) {
        return new FirConfig(lFreq, hFreq, lTransBandwidth, hTransBandwidth, taps);
    }
}
