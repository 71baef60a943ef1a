package org.neurobeam.preprocess.parcellation;

import java.util.Arrays;
import java.util.List;

/**
 * Region time series of one BOLD image, as nilearn's masker {@code transform} output, with the labels
 * of its columns.
 *
 * @param labels region labels (labels atlas) or map indices (probabilistic atlas) of the columns, ascending
 * @param names region names, one per column
 * @param signals {@code [time][region]}, columns in the order of {@code labels}
 * @param report regions left out and voxels excluded
 */
public record RegionSignals(int[] labels, List<String> names, double[][] signals, ExtractionReport report) {

    public RegionSignals {
        labels = labels.clone();
        names = List.copyOf(names);
        signals = copy(signals);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public double[][] signals() {
        return copy(signals);
    }

    /** Number of volumes (rows). */
    public int volumes() {
        return signals.length;
    }

    private static double[][] copy(double[][] m) {
        return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionSignals s && Arrays.equals(labels, s.labels) && names.equals(s.names)
                && Arrays.deepEquals(signals, s.signals) && report.equals(s.report);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels) * 31 + Arrays.deepHashCode(signals);
    }

    @Override
    public String toString() {
        return "RegionSignals[" + signals.length + " volumes x " + labels.length + " regions, " + report + "]";
    }
}
