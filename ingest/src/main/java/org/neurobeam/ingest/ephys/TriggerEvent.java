package org.neurobeam.ingest.ephys;

/**
 * A trigger decoded from a stim channel, as the rows of {@code mne.find_events}.
 *
 * @param sample   sample index (at the stim channel's rate) where the new value starts
 * @param previous value before the change
 * @param value    new, non-zero value
 */
public record TriggerEvent(long sample, int previous, int value) {
}
