package org.neurobeam.preprocess;

import java.util.List;
import org.neurobeam.preprocess.signal.Columns;

/**
 * Output of {@link SignalCleaner#clean}.
 *
 * @param signals cleaned {@code [time][column]} values, censored volumes removed
 * @param keptVolumes indices (in the input run) of the rows of {@code signals}
 * @param warnings what nilearn would have warned about (clamped cut-offs, psc of zero-mean columns, ...)
 */
public record CleanedSignals(double[][] signals, int[] keptVolumes, List<String> warnings) {

    public CleanedSignals {
        signals = Columns.copy(signals);
        keptVolumes = keptVolumes.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[][] signals() {
        return Columns.copy(signals);
    }

    @Override
    public int[] keptVolumes() {
        return keptVolumes.clone();
    }
}
