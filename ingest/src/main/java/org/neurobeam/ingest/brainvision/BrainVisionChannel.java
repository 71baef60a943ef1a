package org.neurobeam.ingest.brainvision;

/**
 * One {@code Ch<n>=<name>,<reference>,<resolution>,<unit>} line of {@code [Channel Infos]} (Core Data
 * Format 1.0): "\1" in the name stands for a comma; an empty resolution means 1, a missing unit µV.
 *
 * @param name       channel name
 * @param reference  reference channel name, empty when common average / not given
 * @param resolution value of one stored unit, in {@code unit}
 * @param unit       unit of {@code stored * resolution}
 */
public record BrainVisionChannel(String name, String reference, double resolution, String unit) {
}
