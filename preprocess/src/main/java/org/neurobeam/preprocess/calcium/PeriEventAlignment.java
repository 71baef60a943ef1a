package org.neurobeam.preprocess.calcium;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Cuts a peri-event matrix out of one trace: each event time (s) goes to the nearest frame
 * {@code round((t - t0)·fs)} (half-to-even), and the row holds the frames {@code before} earlier through
 * {@code after} later ({@link PeriEventWindow}). Events stay in input order; frames outside the recording
 * are NaN so rows keep their event.
 */
public final class PeriEventAlignment {

    private PeriEventAlignment() {
    }

    /** Aligns {@code trace} (first frame at {@code t0} s, rate {@code fs}) to {@code eventTimes}. */
    public static PeriEventMatrix align(double[] trace, double t0, double fs, double[] eventTimes, PeriEventWindow window) {
        Objects.requireNonNull(window, "window");
        Checks.positive(fs, "fs");
        Checks.argument(Double.isFinite(t0), "t0", "expected a finite time, got %s", t0);
        int before = window.framesBefore(fs);
        int after = window.framesAfter(fs);
        int width = before + after + 1;
        double[] offsets = new double[width];
        for (int k = 0; k < width; k++) {
            offsets[k] = (k - before) / fs;
        }
        double[][] values = new double[eventTimes.length][width];
        long[] frames = new long[eventTimes.length];
        for (int e = 0; e < eventTimes.length; e++) {
            Checks.argument(Double.isFinite(eventTimes[e]), "events", "event %d has time %s", e, eventTimes[e]);
            frames[e] = (long) Math.rint((eventTimes[e] - t0) * fs);
            for (int k = 0; k < width; k++) {
                long frame = frames[e] - before + k;
                values[e][k] = frame >= 0 && frame < trace.length ? trace[(int) frame] : Double.NaN;
            }
        }
        return new PeriEventMatrix(values, offsets, frames);
    }
}
