package org.neurobeam.preprocess.filter;

/** The pass band of a Butterworth design, as scipy.signal.butter's {@code btype}. */
public enum BandType {
    /** Keeps frequencies below the single cut-off. */
    LOWPASS,
    /** Keeps frequencies above the single cut-off. */
    HIGHPASS,
    /** Keeps frequencies between the two cut-offs; the digital order doubles. */
    BANDPASS
}
