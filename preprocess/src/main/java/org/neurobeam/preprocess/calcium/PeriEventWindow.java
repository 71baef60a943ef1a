package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;

/**
 * The window around each event for {@link PeriEventAlignment}: {@code round(preSeconds·fs)} frames before
 * and {@code round(postSeconds·fs)} frames after the event frame, both ends included (as MNE's
 * {@code tmin..tmax}); rounding is half-to-even, as numpy.
 *
 * @param preSeconds  time before the event, {@code ≥ 0}
 * @param postSeconds time after the event, {@code ≥ 0}
 */
public record PeriEventWindow(double preSeconds, double postSeconds) {

    /** Validates the window. */
    public PeriEventWindow {
        Checks.argument(preSeconds >= 0 && Double.isFinite(preSeconds), "pre", "expected a finite number >= 0, got %s", preSeconds);
        Checks.argument(postSeconds >= 0 && Double.isFinite(postSeconds), "post", "expected a finite number >= 0, got %s", postSeconds);
    }

    /** Frames before the event at rate {@code fs}. */
    public int framesBefore(double fs) {
        return (int) Math.rint(preSeconds * Checks.positive(fs, "fs"));
    }

    /** Frames after the event at rate {@code fs}. */
    public int framesAfter(double fs) {
        return (int) Math.rint(postSeconds * Checks.positive(fs, "fs"));
    }
}
