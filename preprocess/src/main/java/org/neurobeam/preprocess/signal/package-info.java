/**
 * Per-column operations on {@code double[time][column]} signals: polynomial detrending, standardisation
 * (z-score, percent signal change) and cubic-spline interpolation of censored volumes.
 */
package org.neurobeam.preprocess.signal;
