package org.neurobeam.preprocess.ephys.filter;

/** The band a filter keeps, as MNE infers it from {@code l_freq} / {@code h_freq} ({@code create_filter}). */
public enum FilterKind {
    /** Only {@code h_freq}: keeps frequencies below it. */
    LOWPASS,
    /** Only {@code l_freq}: keeps frequencies above it. */
    HIGHPASS,
    /** {@code l_freq < h_freq}: keeps frequencies between them. */
    BANDPASS,
    /** {@code l_freq > h_freq}: removes frequencies between {@code h_freq} and {@code l_freq}. */
    BANDSTOP
}
