package org.neurobeam.pipelines.encode;

import java.io.Serializable;
import org.neurobeam.encoders.EncoderInput;

/**
 * One recording's inputs for an encoder, assembled from a run's tables: its region labels (sorted), the
 * cleaned region signals (time × region) and a connectivity matrix (region × region, symmetric). Either array
 * is null when the run has no such table rows for the recording; the encoder says if it needs it.
 */
record RecordingArrays(String recordingId, int[] regions, double[][] signals, double[][] connectivity)
        implements Serializable {

    EncoderInput input() {
        return new EncoderInput(recordingId, signals, connectivity);
    }
}
