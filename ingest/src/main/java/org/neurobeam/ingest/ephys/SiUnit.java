package org.neurobeam.ingest.ephys;

import java.util.Map;

/**
 * A stored unit resolved to SI, as MNE scales EDF/BrainVision data ({@code _edf_utils} unit table):
 * prefixed volts and teslas become V and T, field gradients T/m; any other unit is kept as written
 * with factor 1.
 *
 * @param symbol unit of the scaled values
 * @param factor multiply stored physical values by this to get {@code symbol}
 */
public record SiUnit(String symbol, double factor) {

    private static final Map<String, SiUnit> KNOWN = Map.ofEntries(
            Map.entry("V", new SiUnit("V", 1)),
            Map.entry("mV", new SiUnit("V", 1e-3)),
            Map.entry("uV", new SiUnit("V", 1e-6)),
            Map.entry("\u00b5V", new SiUnit("V", 1e-6)),
            Map.entry("\u03bcV", new SiUnit("V", 1e-6)),
            Map.entry("nV", new SiUnit("V", 1e-9)),
            Map.entry("T", new SiUnit("T", 1)),
            Map.entry("mT", new SiUnit("T", 1e-3)),
            Map.entry("uT", new SiUnit("T", 1e-6)),
            Map.entry("\u00b5T", new SiUnit("T", 1e-6)),
            Map.entry("nT", new SiUnit("T", 1e-9)),
            Map.entry("pT", new SiUnit("T", 1e-12)),
            Map.entry("fT", new SiUnit("T", 1e-15)),
            Map.entry("T/m", new SiUnit("T/m", 1)),
            Map.entry("fT/m", new SiUnit("T/m", 1e-15)),
            Map.entry("fT/cm", new SiUnit("T/m", 1e-13)));

    /** The SI form of {@code stored} (trimmed), or {@code stored} itself with factor 1. */
    public static SiUnit of(String stored) {
        String unit = stored.strip();
        return KNOWN.getOrDefault(unit, new SiUnit(unit, 1));
    }

    /** Whether values are volts after scaling. */
    public boolean isVoltage() {
        return symbol.equals("V");
    }
}
