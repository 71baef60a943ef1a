package org.neurobeam.pipelines.states;

import java.io.Serializable;

/**
 * One recording's spike counts as the state models take them.
 *
 * @param recordingId join key of the output tables
 * @param source the file or table it came from, named in failures rows
 * @param units unit ids in column order
 * @param counts counts {@code [bin][unit]}
 */
record CountsRecording(String recordingId, String source, long[] units, double[][] counts) implements Serializable {
}
