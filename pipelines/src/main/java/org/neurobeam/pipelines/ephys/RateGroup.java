package org.neurobeam.pipelines.ephys;

import java.util.List;

/**
 * The data channels of a recording that share one sampling rate, after re-referencing and filtering.
 *
 * @param sfreq sampling rate in Hz
 * @param names channel names (bipolar derivations are named {@code anode-cathode})
 * @param types MNE channel types, one per name
 * @param data  samples, {@code double[channel][sample]}
 */
record RateGroup(double sfreq, List<String> names, List<String> types, double[][] data) {
}
