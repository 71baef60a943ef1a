/**
 * EEG/MEG/sEEG preprocessing that reproduces MNE-Python 1.3's defaults: FIR and IIR filtering, notch,
 * re-referencing, resampling, epoching, Welch spectra and band power, z-scoring. Every signal is a
 * {@code double[channel][sample]} array (channels first, as MNE's data arrays).
 */
package org.neurobeam.preprocess.ephys;
