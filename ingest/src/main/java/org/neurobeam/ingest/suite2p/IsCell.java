package org.neurobeam.ingest.suite2p;

import java.util.stream.IntStream;

/**
 * The classifier output {@code iscell.npy} (suite2p docs, "Outputs": ROIs × 2, column 0 the 0/1 cell
 * label, column 1 the classifier's probability).
 *
 * @param label       is-cell label of each ROI, as stored (0 or 1)
 * @param probability classifier probability of each ROI
 */
public record IsCell(double[] label, double[] probability) {

    /** Whether ROI {@code roi} is labelled a cell. */
    public boolean isCell(int roi) {
        return label[roi] != 0;
    }

    /** The ROIs labelled cells, ascending. */
    public int[] cellIndices() {
        return IntStream.range(0, label.length).filter(this::isCell).toArray();
    }
}
