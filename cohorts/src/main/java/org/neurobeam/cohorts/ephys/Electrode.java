package org.neurobeam.cohorts.ephys;

/**
 * One row of an {@code *_electrodes.tsv} (BIDS "Electroencephalography" / "Intracranial
 * Electroencephalography", Electrode description): a contact point and where it is, in the units and
 * coordinate system of the accompanying {@code *_coordsystem.json}. Values are {@code null} where the file
 * writes {@code n/a} or has no such column.
 *
 * @param name         name of the contact point, as in {@code channels.tsv}
 * @param x            position along the x axis
 * @param y            position along the y axis
 * @param z            position along the z axis; {@code n/a} for 2D (photograph) coordinates
 * @param size         surface area in mm² (required for iEEG)
 * @param material     electrode material ({@code Tin}, {@code Ag/AgCl}, {@code Platinum})
 * @param manufacturer electrode manufacturer
 * @param group        grid, strip or shaft the contact belongs to
 * @param hemisphere   {@code L} or {@code R}
 * @param type         electrode type (cup, ring, depth, ...)
 * @param impedance    impedance in kOhm
 */
public record Electrode(String name, Double x, Double y, Double z, Double size, String material,
        String manufacturer, String group, String hemisphere, String type, Double impedance) {
}
