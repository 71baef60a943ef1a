/**
 * MNE-Python 1.3 filtering of {@code double[channel][sample]} signals: zero-phase FIR (firwin, Hamming
 * window, automatic transition bands and length, {@code reflect_limited} padding), notch, and
 * forward-backward IIR Butterworth in second-order sections with MNE's ringing-based padding.
 * Each design returns a {@link org.neurobeam.preprocess.ephys.filter.FilterDescription} for provenance.
 */
package org.neurobeam.preprocess.ephys.filter;
