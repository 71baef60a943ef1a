/**
 * Temporal filters as scipy.signal computes them: Butterworth design ({@code butter}, {@code zpk2sos}),
 * zero-phase application ({@code sosfiltfilt}, {@code filtfilt}) and SPM/nilearn DCT drift bases.
 */
package org.neurobeam.preprocess.filter;
