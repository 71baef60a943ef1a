package org.neurobeam.ingest.nifti;

/**
 * Decoding of {@code xyzt_units} ({@code nifti1.h} {@code NIFTI_UNITS_*}): bits 0-2 give the spatial
 * unit, bits 3-5 the temporal one; nibabel's names, {@code unknown} for codes it does not know.
 */
final class Units {

    private static final String[] SPATIAL = {"unknown", "meter", "mm", "micron"};
    private static final String[] TEMPORAL = {"unknown", "sec", "msec", "usec", "hz", "ppm", "rads"};
    private static final double[] TO_SECONDS = {1, 1, 1e-3, 1e-6};

    private Units() {
    }

    static String spatial(int xyztUnits) {
        int code = xyztUnits & 0x07;
        return code < SPATIAL.length ? SPATIAL[code] : "unknown";
    }

    static String temporal(int xyztUnits) {
        int code = (xyztUnits & 0x38) >> 3;
        return code < TEMPORAL.length ? TEMPORAL[code] : "unknown";
    }

    /** Seconds per unit of time, or NaN for hz/ppm/rads (not durations); unknown counts as seconds. */
    static double secondsPerUnit(int xyztUnits) {
        int code = (xyztUnits & 0x38) >> 3;
        return code < TO_SECONDS.length ? TO_SECONDS[code] : Double.NaN;
    }

    /** The {@code xyzt_units} code for a spatial and a temporal unit name. */
    static int code(String spatial, String temporal) {
        int s = indexOf(SPATIAL, spatial, "spatial unit");
        int t = indexOf(TEMPORAL, temporal, "time unit");
        return s | (t << 3);
    }

    private static int indexOf(String[] names, String name, String option) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(option + ": expected one of " + String.join(", ", names)
                + ", got '" + name + "'");
    }
}
