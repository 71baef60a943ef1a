package org.neurobeam.ingest.suite2p;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurobeam.ingest.InvalidInputException;

/**
 * One ROI of {@code stat.npy} (suite2p docs, "Outputs": a list of per-ROI dicts): its pixels, their
 * weights and the shape statistics suite2p computes.
 *
 * @param ypix   row of each pixel
 * @param xpix   column of each pixel
 * @param lam    weight of each pixel
 * @param med    median pixel {@code (y, x)}
 * @param npix   number of pixels
 * @param radius radius of the fitted ellipse, pixels
 * @param raw    every key as unpickled
 */
public record RoiStat(int[] ypix, int[] xpix, double[] lam, int[] med, int npix, double radius,
        Map<String, Object> raw) {

    public RoiStat {
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** Reads ROI {@code roi} from its unpickled dict; pixel arrays must have equal lengths. */
    static RoiStat of(Object unpickled, int roi, Path file) throws InvalidInputException {
        String where = "stat[" + roi + "]";
        Map<?, ?> stat = PickledValues.dict(unpickled, file, where);
        Map<String, Object> raw = new LinkedHashMap<>();
        stat.forEach((k, v) -> raw.put(String.valueOf(k), v));
        int[] ypix = PickledValues.ints(stat, "ypix", file);
        int[] xpix = PickledValues.ints(stat, "xpix", file);
        double[] lam = PickledValues.doubles(stat, "lam", file);
        if (xpix.length != ypix.length || lam.length != ypix.length) {
            throw new InvalidInputException(file, where, String.format(
                    "ypix, xpix and lam differ in length (%d, %d, %d)", ypix.length, xpix.length, lam.length));
        }
        int[] med = PickledValues.ints(stat, "med", file);
        if (med.length != 2) {
            throw new InvalidInputException(file, where + ".med", "expected (y, x), got " + med.length + " values");
        }
        int npix = stat.containsKey("npix") ? (int) PickledValues.integer(stat, "npix", file) : ypix.length;
        double radius = PickledValues.number(stat, "radius", Double.NaN, file);
        return new RoiStat(ypix, xpix, lam, med, npix, radius, raw);
    }
}
