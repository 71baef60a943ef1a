/** FFT resampling as MNE 1.3's {@code mne.filter.resample} / {@code Raw.resample}. */
package org.neurobeam.preprocess.ephys.resample;
