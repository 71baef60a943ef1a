package org.neurobeam.preprocess.ephys.reference;

import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Named channels of one type (EEG or sEEG) and their samples, {@code double[channel][sample]}.
 *
 * @param names channel names, unique, one per row of {@code data}
 * @param data samples, channels first
 */
public record Channels(List<String> names, double[][] data) {

    /** Checks names against rows. */
    public Channels {
        names = List.copyOf(names);
        Checks.argument(names.size() == data.length, "ch_names", "%d names for %d channels", names.size(),
                data.length);
        Checks.argument(names.stream().distinct().count() == names.size(), "ch_names", "channel names must be unique");
    }

    /** Row of a channel. */
    public int index(String name) {
        int i = names.indexOf(name);
        Checks.argument(i >= 0, "ch_names", "unknown channel %s", name);
        return i;
    }
}
