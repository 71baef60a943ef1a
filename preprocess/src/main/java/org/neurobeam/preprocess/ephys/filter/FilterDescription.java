package org.neurobeam.preprocess.ephys.filter;

import java.util.List;

/**
 * Every design decision of a filter, for provenance (what MNE logs when it designs one).
 *
 * @param method "fir" or "iir"
 * @param kind the band kept
 * @param samplingRateHz sampling rate the filter was designed for
 * @param frequenciesHz FIR: the gain break points from 0 to Nyquist ({@code create_filter}'s {@code freq});
 *     IIR: the -3 dB (single pass) cut-offs
 * @param gains FIR: gain at each break point (0 or 1); IIR: empty
 * @param lowTransitionsHz transition bandwidth at each {@code l_freq} (FIR only)
 * @param highTransitionsHz transition bandwidth at each {@code h_freq} (FIR only)
 * @param length FIR: number of taps; IIR: 0
 * @param design "firwin" or "butter"
 * @param window FIR window ("hamming"), IIR: "none"
 * @param phase "zero" (FIR, delay compensated) or "zero-double" (IIR forward-backward)
 * @param padding "reflect_limited" (FIR) or "odd" (IIR, as {@code sosfiltfilt})
 * @param padLength samples padded at each end: FIR {@code length - 1} (shortened to the signal length
 *     minus one when applied), IIR the estimated ringing ({@code estimate_ringing_samples}) or the given padlen
 * @param order IIR order per pass (0 for FIR)
 */
public record FilterDescription(String method, FilterKind kind, double samplingRateHz, List<Double> frequenciesHz,
        List<Double> gains, List<Double> lowTransitionsHz, List<Double> highTransitionsHz, int length, String design,
        String window, String phase, String padding, int padLength, int order) {

    /** Defensive copies of the lists. */
    public FilterDescription {
        frequenciesHz = List.copyOf(frequenciesHz);
        gains = List.copyOf(gains);
        lowTransitionsHz = List.copyOf(lowTransitionsHz);
        highTransitionsHz = List.copyOf(highTransitionsHz);
    }
}
