package org.neurobeam.pipelines.fmri;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One recording's covariance of cleaned region signals, what the group-level tangent stage needs instead of
 * the raw signals (regions² values per recording).
 *
 * @param recordingId the recording
 * @param path        its data file, for failure rows
 * @param regions     region labels of the rows and columns, ascending
 * @param covariance  regions × regions
 */
record RecordingCovariance(String recordingId, String path, int[] regions, double[][] covariance) implements Serializable {

    /** The grouping key: recordings can share a tangent space only when they have the same regions. */
    String regionKey() {
        return Arrays.toString(regions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordingCovariance
                && recordingId.equals(((RecordingCovariance) other).recordingId)
                && Arrays.equals(regions, ((RecordingCovariance) other).regions)
                && Arrays.deepEquals(covariance, ((RecordingCovariance) other).covariance);
    }

    @Override
    public int hashCode() {
        return recordingId.hashCode();
    }
}
