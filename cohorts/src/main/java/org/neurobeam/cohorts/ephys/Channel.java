package org.neurobeam.cohorts.ephys;

import java.util.Locale;

/**
 * One row of a {@code *_channels.tsv} (BIDS "Electroencephalography" / "Magnetoencephalography" /
 * "Intracranial Electroencephalography", Channels description). Text and numbers are {@code null} where
 * the file writes {@code n/a} or has no such column; frequencies are in Hz.
 *
 * @param name               channel label, as in the data file
 * @param type               upper-case channel type as written ({@code EEG}, {@code ECOG}, {@code MEGGRADAXIAL}, ...),
 *                           kept even when the specification does not list it
 * @param units              physical unit ({@code uV}, {@code µV}, {@code T}), or {@code null} for {@code n/a}
 * @param samplingFrequency  {@code sampling_frequency}
 * @param lowCutoff          {@code low_cutoff}: the high-pass filter frequency
 * @param highCutoff         {@code high_cutoff}: the low-pass filter frequency
 * @param notch              {@code notch} filter frequency
 * @param status             {@code status}; {@link Status#UNKNOWN} for {@code n/a} or no column
 * @param statusDescription  {@code status_description}: why the channel is bad
 * @param reference          {@code reference} electrode(s)
 * @param group              {@code group} (grid, strip, shaft) the channel belongs to
 * @param description        {@code description}
 */
public record Channel(String name, String type, String units, Double samplingFrequency, Double lowCutoff,
        Double highCutoff, Double notch, Status status, String statusDescription, String reference, String group,
        String description) {

    /** The {@code status} column: data quality observed on the channel. */
    public enum Status {
        GOOD, BAD, UNKNOWN;

        /** {@code good}, {@code bad} or {@code n/a} (read here as {@code null}), any case; {@code null} for other values. */
        static Status parse(String value) {
            if (value == null) {
                return UNKNOWN;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "good" -> GOOD;
                case "bad" -> BAD;
                default -> null;
            };
        }
    }

    /** True when {@code status} is {@code bad}. */
    public boolean bad() {
        return status == Status.BAD;
    }
}
