package org.neurobeam.cohorts;

import java.io.Serializable;

/**
 * A file that discovery could not understand; the others are still discovered.
 *
 * @param path   absolute path of the offending file (a data file, a sidecar, a table)
 * @param stage  pipeline stage that met it; discovery always writes {@code "discover"}
 * @param reason what was wrong, naming the field, column or line where one is at fault
 */
public record Problem(String path, String stage, String reason) implements Serializable {

    /** The stage name discovery writes. */
    public static final String DISCOVER = "discover";

    /** A discovery problem about {@code path}. */
    public static Problem discover(String path, String reason) {
        return new Problem(path, DISCOVER, reason);
    }
}
