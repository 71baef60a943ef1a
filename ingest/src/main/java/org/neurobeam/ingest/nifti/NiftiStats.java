package org.neurobeam.ingest.nifti;

/**
 * Summary of an image's scaled float64 values: sum, mean, min and max over the finite values, and
 * counts of NaN, infinite and finite values (NaN mean/min/max when none is finite).
 */
public record NiftiStats(double sum, double mean, double min, double max, long nNan, long nInf, long nFinite) {
}
