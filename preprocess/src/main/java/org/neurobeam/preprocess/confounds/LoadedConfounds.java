package org.neurobeam.preprocess.confounds;

import java.util.List;
import org.neurobeam.preprocess.signal.Columns;

/**
 * Confounds selected by {@link FmriprepConfounds#load}, ready for {@code SignalCleaner}.
 *
 * @param names column names, in the order of {@code values}' columns
 * @param values {@code [time][k]}, first-row gaps filled and demeaned as configured; zero columns when
 *     only scrubbing was asked for
 * @param sampleMask true for volumes to keep (all true when nothing is censored)
 */
public record LoadedConfounds(List<String> names, double[][] values, boolean[] sampleMask) {

    public LoadedConfounds {
        names = List.copyOf(names);
        values = Columns.copy(values);
        sampleMask = sampleMask.clone();
    }

    @Override
    public double[][] values() {
        return Columns.copy(values);
    }

    @Override
    public boolean[] sampleMask() {
        return sampleMask.clone();
    }
}
