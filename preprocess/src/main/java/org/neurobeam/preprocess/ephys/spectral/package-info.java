/** Discrete Fourier transform, Welch power spectral density (MNE {@code psd_array_welch}) and band power. */
package org.neurobeam.preprocess.ephys.spectral;
