package org.neurobeam.ingest.matrix;

import java.nio.file.Path;
import java.util.List;
import org.neurobeam.ingest.Modality;

/**
 * A plain time × units matrix with a sampling rate given by the user (the file holds none): row
 * {@code t} is the sample at {@code t / rate} seconds, column {@code u} one unit (ROI, neuron, channel).
 *
 * @param file     the file read
 * @param rate     samples per second
 * @param modality what the values measure
 * @param names    column names from a CSV header, else empty
 * @param rows     the values, {@code rows[t][u]}
 */
public record MatrixSeries(Path file, double rate, Modality modality, List<String> names, double[][] rows) {

    public MatrixSeries {
        names = List.copyOf(names);
    }

    /** Number of samples (rows). */
    public int frames() {
        return rows.length;
    }

    /** Number of units (columns). */
    public int units() {
        return rows.length == 0 ? names.size() : rows[0].length;
    }

    /** Time of sample {@code t} in seconds. */
    public double time(int t) {
        return t / rate;
    }
}
