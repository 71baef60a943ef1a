package org.neurobeam.ingest.brainvision;

/**
 * One {@code Mk<n>=<type>,<description>,<position>,<points>,<channel>[,<date>]} line of a marker file
 * (Core Data Format 1.0, "Marker file"); "\1" in the description stands for a comma.
 *
 * @param type        marker type, e.g. "Stimulus", "New Segment"
 * @param description description, e.g. "S  1"
 * @param position    first data point, 1-based
 * @param points      length in data points
 * @param channel     channel number, 0 for all channels
 * @param date        yyyyMMddHHmmssSSSSSS of a "New Segment" marker, or empty
 */
record Marker(String type, String description, long position, long points, int channel, String date) {
}
