/**
 * Calcium-imaging trace preprocessing after suite2p ({@code suite2p.extraction.dcnv.preprocess}) and the
 * scipy.ndimage / numpy functions it uses: neuropil subtraction, baselines (maximin, constant and sliding
 * percentile), dF/F, z-scoring, Gaussian smoothing, resampling and peri-event alignment.
 *
 * <p>Every operation works on one ROI's trace ({@code double[frames]}, a row of suite2p's
 * {@code F.npy}) and never needs the other ROIs, so a large plane is processed row by row; the one
 * exception is {@link org.neurobeam.preprocess.calcium.TraceCorrelation}, which compares rows.
 * float32 traces widen to double exactly; all arithmetic is in double, as the numpy/scipy references.
 */
package org.neurobeam.preprocess.calcium;
