package org.neurobeam.preprocess.ephys.filter;

import java.util.Arrays;

/**
 * MNE {@code notch_filter(method='fir')}: one multi-band band-stop FIR whose stop band around each
 * frequency f is {@code f +- width / 2}, with pass-band edges a further {@code trans_bandwidth / 2}
 * away ({@code filter_data(l_freq=highs, h_freq=lows, l_trans_bandwidth=h_trans_bandwidth=tb/2)}).
 */
public final class Notch {

    private Notch() {
    }

    /** Designs the notch filter for {@code samplingRateHz}; apply with {@link FirFilter#apply}. */
    public static FirFilter design(double samplingRateHz, NotchConfig config) {
        double[] freqs = config.freqs();
        double[] widths = config.widths();
        double halfTransition = config.transBandwidth() / 2.0;
        double[] lows = new double[freqs.length];
        double[] highs = new double[freqs.length];
        for (int i = 0; i < freqs.length; i++) {
            lows[i] = freqs[i] - widths[i] / 2.0 - halfTransition;
            highs[i] = freqs[i] + widths[i] / 2.0 + halfTransition;
        }
        double[] transitions = new double[freqs.length];
        Arrays.fill(transitions, halfTransition);
        return FirDesign.bandStop(samplingRateHz, lows, highs, transitions, transitions, config.filterLength());
    }
}
