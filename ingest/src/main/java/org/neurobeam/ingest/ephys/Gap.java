package org.neurobeam.ingest.ephys;

/**
 * Time between two segments with no stored data.
 *
 * @param onset    seconds after {@link RawInfo#start()} at which acquisition paused
 * @param duration seconds until it resumed
 */
public record Gap(double onset, double duration) {
}
