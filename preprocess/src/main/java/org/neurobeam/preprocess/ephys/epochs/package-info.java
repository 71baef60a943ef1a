/** Epoching around events as MNE 1.3's {@code mne.Epochs}: sample windows, baseline correction, rejection. */
package org.neurobeam.preprocess.ephys.epochs;
