package org.neurobeam.preprocess.ephys.epochs;

import java.util.List;

/**
 * Epochs kept after rejection.
 *
 * @param data {@code [epoch][channel][time]}
 * @param times seconds relative to the event, {@code arange(round(tmin sfreq), round(tmax sfreq) + 1) / sfreq}
 * @param events the kept events
 * @param selection index of each kept epoch in the input events ({@code Epochs.selection})
 * @param dropLog per input event: empty if kept, else the reasons ("NO_DATA", "TOO_SHORT" or channel names),
 *     as {@code Epochs.drop_log}
 */
public record Epochs(double[][][] data, double[] times, List<Event> events, int[] selection,
        List<List<String>> dropLog) {
}
