package org.neurobeam.cohorts;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of an {@code *_events.tsv} (BIDS "Task events").
 *
 * @param onset     seconds from the first stored data point of the recording; may be negative
 * @param duration  seconds, {@code >= 0}; {@link Double#NaN} where the file says {@code n/a}
 * @param trialType the {@code trial_type} column, or {@code null} when absent or {@code n/a}
 * @param extra     every other column in file order, {@code n/a} values left out
 */
public record Event(double onset, double duration, String trialType, Map<String, String> extra)
        implements Serializable {
}
