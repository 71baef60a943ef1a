/**
 * fMRI signal cleaning after nilearn's {@code signal.clean}: {@link org.neurobeam.preprocess.SignalCleaner}
 * runs one run of {@code double[time][column]} signals through scrubbing, detrending, filtering,
 * confound projection and standardisation as configured by {@link org.neurobeam.preprocess.CleaningConfig}.
 * The building blocks live in {@code .signal} (detrend, standardise, interpolation), {@code .filter}
 * (Butterworth, zero-phase filtering, DCT drift) and {@code .confounds} (projection, fMRIPrep confounds).
 */
package org.neurobeam.preprocess;
