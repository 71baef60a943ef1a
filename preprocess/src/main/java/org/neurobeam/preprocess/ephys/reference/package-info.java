/** Re-referencing as MNE's {@code set_eeg_reference} and {@code set_bipolar_reference}, and sEEG shaft pairs. */
package org.neurobeam.preprocess.ephys.reference;
