package org.neurobeam.connectome.glm;

/**
 * What to do with an event that starts at or after the end of the run (n_scans × TR, i.e. {@code t_last - t_first + TR}) or
 * ends before time 0: {@link #FAIL} (default) rejects the paradigm naming the event; {@link #WARN}
 * keeps it, as nilearn does silently, and records a warning in the design matrix.
 */
public enum OutOfRunEvents {
    FAIL, WARN
}
