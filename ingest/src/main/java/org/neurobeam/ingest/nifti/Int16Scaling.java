package org.neurobeam.ingest.nifti;

import org.neurobeam.ingest.Checks;

/**
 * How float values become int16 on writing, as nibabel's {@code SlopeInterArrayWriter}: the data range
 * [min, max] is spread over the whole int16 range, slope = (max - min) / 65535 and inter such that
 * min is stored as -32768; the reader's {@code stored * slope + inter} then recovers each value within
 * half a step (slope / 2). Without a range, values are stored rounded with slope 1, inter 0.
 */
record Int16Scaling(double slope, double inter) {

    private static final double LOW = Short.MIN_VALUE;
    private static final double HIGH = Short.MAX_VALUE;

    static final Int16Scaling IDENTITY = new Int16Scaling(1, 0);

    /** The scaling nibabel chooses for data spanning [min, max]. */
    static Int16Scaling forRange(double min, double max) {
        Checks.argument(Double.isFinite(min) && Double.isFinite(max) && min <= max, "int16Range",
                "expected finite min <= max, got [%s, %s]", min, max);
        if (min == max) {
            return new Int16Scaling(1, min);
        }
        double slope = (max - min) / (HIGH - LOW);
        return new Int16Scaling(slope, min - LOW * slope);
    }

    /** The int16 code of {@code value}: nearest step, failing for values off the range by over half a step. */
    double quantise(double value) {
        double stored = Math.rint((value - inter) / slope);
        Checks.argument(stored >= LOW && stored <= HIGH, "volume",
                "value %s is outside the int16 range of slope %s, inter %s", value, slope, inter);
        return stored;
    }
}
