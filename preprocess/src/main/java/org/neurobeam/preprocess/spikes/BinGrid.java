package org.neurobeam.preprocess.spikes;

import org.neurobeam.ingest.Checks;

/**
 * Time bins of {@code width} seconds from {@code start} to {@code end}: edge {@code k} is
 * {@code start + k·width} and the last edge is {@code end}, so when {@code (end - start)/width} is not a
 * whole number (beyond a 1e-9 relative allowance for decimal widths such as 0.1 s) the last bin is shorter.
 * Every bin is half-open {@code [a, b)}, the last one included: a time equal to {@code end} falls outside.
 * Two deliberate differences from {@code numpy.histogram}: its last bin is closed {@code [a, b]} (half-open
 * bins let consecutive grids, {@code end} of one = {@code start} of the next, count each spike once), and
 * a time less than {@code 1e-9·width} below an edge counts as on that edge, so that frame times
 * {@code k/fs} and decimal edges agree: 30 Hz frames in 0.1 s bins give 3 per bin here, while numpy,
 * comparing {@code 9/30 = 0.3} with the edge {@code 3·0.1 = 0.30000000000000004}, gives 3, 3, 4, 2.
 *
 * @param start first edge (s)
 * @param end   last edge (s), {@code > start}
 * @param width bin width (s), {@code > 0}
 */
public record BinGrid(double start, double end, double width) {

    /** Validates the grid. */
    public BinGrid {
        Checks.argument(Double.isFinite(start) && Double.isFinite(end) && end > start, "end",
                "expected finite start < end, got [%s, %s]", start, end);
        Checks.positive(width, "width");
    }

    /** Number of bins, {@code ceil((end - start)/width)} after the rounding allowance. */
    public int size() {
        double ratio = (end - start) / width;
        long bins = (long) Math.ceil(ratio - 1e-9 * Math.max(1, ratio));
        Checks.argument(bins < Integer.MAX_VALUE, "width", "%s s gives too many bins over [%s, %s]", width, start, end);
        return (int) Math.max(1, bins);
    }

    /** Edge {@code k} ({@code 0..size()}). */
    public double edge(int k) {
        return k == size() ? end : start + k * width;
    }

    /** All {@code size() + 1} edges. */
    public double[] edges() {
        double[] out = new double[size() + 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = edge(k);
        }
        return out;
    }

    /**
     * The bin holding time {@code t} ({@code edge(k) <= t + ε < edge(k+1)}, {@code ε = 1e-9·width}), or -1
     * outside {@code [start, end)} and for NaN.
     */
    public int index(double time) {
        double t = time + 1e-9 * width;
        if (!(t >= start && t < end)) {
            return -1;
        }
        int bins = size();
        int k = (int) Math.min(bins - 1, Math.floor((t - start) / width));
        while (k > 0 && t < edge(k)) {
            k--;
        }
        while (k < bins - 1 && t >= edge(k + 1)) {
            k++;
        }
        return k;
    }
}
