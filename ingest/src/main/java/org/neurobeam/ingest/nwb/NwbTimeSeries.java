package org.neurobeam.ingest.nwb;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * An NWB TimeSeries (or subtype: RoiResponseSeries, SpatialSeries, ...; NWB core schema, TimeSeries):
 * {@code data} with time as the first dimension (1-d: one column; 2-d: time × columns), its
 * {@code unit}, {@code conversion} and {@code offset} (value in unit = stored × conversion + offset),
 * and its {@link NwbTiming}. Samples are read in time chunks by jhdf hyperslab reads, so a long series
 * is never held whole.
 */
public final class NwbTimeSeries {

    /** Rows per time slice of {@link #readColumnsInUnits} (rounded to whole chunks). */
    static final int SLICE_ROWS = 4096;

    private final Path file;
    private final String path;
    private final String neurodataType;
    private final Dataset data;
    private final long length;
    private final int columns;
    private final NwbTiming timing;

    private NwbTimeSeries(Path file, String path, String neurodataType, Dataset data, long length, int columns,
            NwbTiming timing) {
        this.file = file;
        this.path = path;
        this.neurodataType = neurodataType;
        this.data = data;
        this.length = length;
        this.columns = columns;
        this.timing = timing;
    }

    static NwbTimeSeries of(Group series, Path file) throws InvalidInputException {
        String path = NwbFile.path(series);
        Node node = series.getChildren().get("data");
        Checks.input(node instanceof Dataset, file, path + "/data", "missing");
        Dataset data = (Dataset) node;
        int[] dims = data.getDimensions();
        Checks.input(dims.length == 1 || dims.length == 2, file, NwbFile.path(data),
                "expected 1-d or 2-d data (time first), got shape %s", Arrays.toString(dims));
        Checks.input(HdfSlab.isNumeric(data), file, NwbFile.path(data),
                "expected numeric data, got %s", NwbDtypes.name(data.getDataType()));
        long length = dims[0];
        int columns = dims.length == 2 ? dims[1] : 1;
        return new NwbTimeSeries(file, path, NwbFile.neurodataType(series), data, length, columns,
                NwbTiming.of(series, length, file));
    }

    public String path() {
        return path;
    }

    /** {@code TimeSeries}, {@code RoiResponseSeries}, ... */
    public String neurodataType() {
        return neurodataType;
    }

    /** Number of samples (first dimension of data). */
    public long length() {
        return length;
    }

    /** Values per sample (second dimension of data, 1 for 1-d data). */
    public int columns() {
        return columns;
    }

    /** The data type as h5py names it. */
    public String dtype() {
        return NwbDtypes.name(data.getDataType());
    }

    public NwbTiming timing() {
        return timing;
    }

    /** The data's {@code unit} attribute, or {@code null}. */
    public String unit() {
        Attribute a = data.getAttribute("unit");
        return a == null ? null : String.valueOf(a.getData());
    }

    /** The data's {@code conversion} attribute (default 1.0). */
    public double conversion() {
        Attribute a = data.getAttribute("conversion");
        return a == null ? 1.0 : HdfValues.number(a.getData());
    }

    /** The data's {@code offset} attribute (default 0.0). */
    public double offset() {
        Attribute a = data.getAttribute("offset");
        return a == null ? 0.0 : HdfValues.number(a.getData());
    }

    /** Samples {@code [start, start + count)} as stored: {@code count} rows of {@link #columns()} values. */
    public double[][] read(long start, int count) {
        Checks.argument(start >= 0 && count >= 0 && start + count <= length, "samples",
                "[%d, %d) outside the %d samples of %s in %s", start, start + count, length, path, file);
        return HdfSlab.rows(data, start, count);
    }

    /** As {@link #read} in the data's unit: stored × conversion + offset (pynwb {@code get_data_in_units}). */
    public double[][] readInUnits(long start, int count) {
        double[][] rows = read(start, count);
        double conversion = conversion();
        double offset = offset();
        for (double[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] * conversion + offset;
            }
        }
        return rows;
    }

    /**
     * Columns {@code [first, first + count)} over all samples in the data's unit, one array per column
     * ({@code count × length}): read in time slices of about {@link #SLICE_ROWS} rows, so what is held beyond
     * the result is one slice of those columns.
     */
    public double[][] readColumnsInUnits(int first, int count) {
        Checks.argument(first >= 0 && count >= 0 && first + count <= columns, "columns",
                "[%d, %d) outside the %d columns of %s in %s", first, first + count, columns, path, file);
        int length = Math.toIntExact(this.length);
        double[][] out = new double[count][length];
        double conversion = conversion();
        double offset = offset();
        int slice = HdfSlab.rowsPerRead(data, SLICE_ROWS);
        for (int t0 = 0; t0 < length; t0 += slice) {
            double[][] rows = HdfSlab.block(data, t0, Math.min(slice, length - t0), first, count);
            for (int t = 0; t < rows.length; t++) {
                for (int u = 0; u < count; u++) {
                    out[u][t0 + t] = rows[t][u] * conversion + offset;
                }
            }
        }
        return out;
    }
}
