package org.neurobeam.ingest.ephys;

/**
 * A run of contiguously acquired data. Stored samples are numbered without gaps; a segment says where
 * its stored data lie in time, so discontinuous recordings (EDF+D, FIF skips) are never silently
 * concatenated.
 *
 * @param onset       seconds after {@link RawInfo#start()} at which the segment was acquired
 * @param storedStart seconds into the stored samples at which it begins (times a channel's rate gives
 *                    its first sample index)
 * @param duration    seconds
 */
public record Segment(double onset, double storedStart, double duration) {

    /** Seconds after {@link RawInfo#start()} at which the segment ends. */
    public double end() {
        return onset + duration;
    }
}
