package org.neurobeam.ingest.ephys;

/**
 * A time-stamped note (EDF+ TAL, BrainVision marker, FIF MNE annotation).
 *
 * @param onset       seconds after {@link RawInfo#start()}
 * @param duration    seconds, or {@code null} where the file gives none (MNE reads that as 0)
 * @param description text as decoded
 */
public record Annotation(double onset, Double duration, String description) {
}
