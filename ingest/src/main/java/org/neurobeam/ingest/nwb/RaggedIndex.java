package org.neurobeam.ingest.nwb;

import java.nio.file.Path;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A {@code VectorIndex} (hdmf-common schema): for a ragged column, the exclusive end of each row's
 * elements in the column's data, so row {@code i} owns {@code [end(i-1), end(i))} with {@code end(-1) =
 * 0}. Validated on construction: one end per table row, non-decreasing, none past the data.
 */
final class RaggedIndex {

    private final long[] ends;

    private RaggedIndex(long[] ends) {
        this.ends = ends;
    }

    static RaggedIndex of(long[] ends, int rows, long dataLength, Path file, String indexPath, String dataPath)
            throws InvalidInputException {
        Checks.input(ends.length == rows, file, indexPath, "expected %d entries (one per row), got %d", rows,
                ends.length);
        long previous = 0;
        for (int i = 0; i < ends.length; i++) {
            Checks.input(ends[i] >= previous, file, indexPath, "entry %d (%d) is below entry %d (%d)", i, ends[i],
                    i - 1, previous);
            Checks.input(ends[i] <= dataLength, file, indexPath,
                    "row %d ends at %d but %s holds %d values (index out of range)", i, ends[i], dataPath, dataLength);
            previous = ends[i];
        }
        return new RaggedIndex(ends);
    }

    /** First element of row {@code row}. */
    long start(int row) {
        return row == 0 ? 0 : ends[row - 1];
    }

    /** Number of elements of row {@code row}. */
    int count(int row) {
        return (int) (ends[row] - start(row));
    }
}
