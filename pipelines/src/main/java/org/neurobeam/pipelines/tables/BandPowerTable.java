package org.neurobeam.pipelines.tables;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code band_power} table: one row per recording, channel and band. {@code power} is the Welch PSD
 * (MNE defaults) summed over {@code [fmin, fmax)} times the bin width, in the channel's unit squared;
 * {@code relative_power} divides it by the same sum over all the bands' span (1-45 Hz for the classical bands).
 */
public final class BandPowerTable {

    public static final String NAME = "band_power";

    public static final Schema SCHEMA = Schema.builder()
            .addStringField("recording_id")
            .addStringField("channel")
            .addStringField("band")
            .addDoubleField("fmin")
            .addDoubleField("fmax")
            .addDoubleField("power")
            .addDoubleField("relative_power")
            .build();

    private BandPowerTable() {
    }

    public static Row row(String recordingId, String channel, String band, double fmin, double fmax, double power,
            double relativePower) {
        return Row.withSchema(SCHEMA).addValues(recordingId, channel, band, fmin, fmax, power, relativePower).build();
    }
}
