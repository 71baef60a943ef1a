package org.neurobeam.ingest.ephys;

/**
 * One channel of a recording.
 *
 * @param name        label as stored, trailing padding removed
 * @param type        what it measures
 * @param unit        unit of the values {@link RawReader#read} returns: an SI symbol ({@code V}, {@code T},
 *                    {@code T/m}) when the stored unit is a known multiple of one, else the unit as written
 * @param sampleRate  native sampling rate in Hz (never resampled)
 * @param sampleCount samples stored for this channel
 */
public record Channel(String name, ChannelType type, String unit, double sampleRate, long sampleCount) {
}
