package org.neurobeam.ingest.ephys;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds trigger onsets in a stim channel fed chunk by chunk, as {@code mne.find_events(raw,
 * shortest_event=1)} with its defaults ({@code consecutive='increasing'}, {@code output='onset'},
 * {@code initial_event=False}): every step to a larger value is an event, including steps between two
 * non-zero values; steps down are not. A non-zero first sample is not an event. Negative values count
 * by their absolute value. (MNE pads the end with a step to zero, so a trigger still high at the end
 * of the data is kept.)
 */
public final class StimDecoder {

    private final List<TriggerEvent> events = new ArrayList<>();
    private long next;
    private int previous;

    /** Feeds the next {@code values} (already masked, e.g. BDF Status low 16 bits). */
    public void feed(int[] values) {
        for (int raw : values) {
            int value = Math.abs(raw);
            if (next > 0 && value > previous) {
                events.add(new TriggerEvent(next, previous, value));
            }
            previous = value;
            next++;
        }
    }

    /** The events of everything fed so far. */
    public List<TriggerEvent> events() {
        return List.copyOf(events);
    }
}
