package org.neurobeam.ingest.nwb;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * An hdmf-common {@code DynamicTable} (PlaneSegmentation, Units, TimeIntervals, electrodes): the
 * {@code id} dataset fixes the row count, {@code colnames} lists the columns, each a
 * {@code VectorData} dataset with one element (or row of elements) per table row, or, when a
 * {@code <name>_index} VectorIndex exists, a ragged column (see {@code RaggedIndex}).
 * {@code DynamicTableRegion} columns hold row numbers into the table their {@code table} attribute
 * references.
 */
public final class DynamicTable {

    private final Path file;
    private final Group group;
    private final AddressIndex addresses;
    private final long[] ids;
    private final List<String> columns;

    private DynamicTable(Path file, Group group, AddressIndex addresses, long[] ids, List<String> columns) {
        this.file = file;
        this.group = group;
        this.addresses = addresses;
        this.ids = ids;
        this.columns = List.copyOf(columns);
    }

    static DynamicTable of(Group group, AddressIndex addresses, Path file) throws InvalidInputException {
        Node id = group.getChildren().get("id");
        Checks.input(id instanceof Dataset, file, NwbFile.path(group) + "/id", "missing (a DynamicTable needs ids)");
        long[] ids = HdfValues.longs(((Dataset) id).getData());
        List<String> columns = new ArrayList<>();
        Attribute colnames = group.getAttribute("colnames");
        if (colnames != null) {
            Object names = colnames.getData();
            if (names instanceof String[] array) {
                columns.addAll(Arrays.asList(array));
            } else {
                columns.add(String.valueOf(names));
            }
        }
        for (String column : columns) {
            Checks.input(group.getChildren().get(column) instanceof Dataset, file, NwbFile.path(group) + "/" + column,
                    "listed in colnames but missing");
        }
        return new DynamicTable(file, group, addresses, ids, columns);
    }

    /** HDF5 path of the table. */
    public String path() {
        return NwbFile.path(group);
    }

    /** The {@code neurodata_type} of the table. */
    public String neurodataType() {
        return NwbFile.neurodataType(group);
    }

    /** Number of rows. */
    public int rows() {
        return ids.length;
    }

    /** The row ids ({@code id}, ElementIdentifiers). */
    public long[] ids() {
        return ids.clone();
    }

    /** Column names in {@code colnames} order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether column {@code name} is ragged (has a {@code name_index}). */
    public boolean isRagged(String name) {
        return group.getChildren().get(name + "_index") instanceof Dataset;
    }

    /** A scalar-per-row numeric or boolean column (booleans as 0/1). */
    public double[] doubles(String name) throws InvalidInputException {
        Dataset data = column(name, 1);
        Object values = data.getData();
        if (values instanceof String[] labels && "bool".equals(NwbDtypes.name(data.getDataType()))) {
            // jhdf returns enum members by name; h5py stores numpy bool as the enum FALSE = 0, TRUE = 1
            return Arrays.stream(labels).mapToDouble(label -> "TRUE".equals(label) ? 1 : 0).toArray();
        }
        Checks.input(HdfSlab.isNumeric(data), file, NwbFile.path(data), "expected numbers, got %s",
                NwbDtypes.name(data.getDataType()));
        return HdfValues.doubles(values);
    }

    /** A numeric column with a row of values per table row (e.g. iscell, rows × 2). */
    public double[][] matrix(String name) throws InvalidInputException {
        return HdfValues.matrix(column(name, 2).getData());
    }

    /** A string column. */
    public String[] strings(String name) throws InvalidInputException {
        Object data = column(name, 1).getData();
        Checks.input(data instanceof String[], file, path() + "/" + name, "expected strings, got %s",
                NwbDtypes.name(column(name, 1).getDataType()));
        return (String[]) data;
    }

    /** The path of the table a DynamicTableRegion column references ({@code table} attribute). */
    public String regionTable(String name) throws InvalidInputException {
        Dataset data = dataset(name);
        Attribute table = data.getAttribute("table");
        Checks.input(table != null && table.getData() instanceof Long, file, NwbFile.path(data),
                "expected a DynamicTableRegion with a 'table' object reference");
        String target = addresses.path((Long) table.getData());
        Checks.input(target != null, file, NwbFile.path(data) + "@table", "object reference to address %s resolves"
                + " to no object", table.getData());
        return target;
    }

    /**
     * Row {@code row} of ragged column {@code name}: its elements, each a row of the data's trailing
     * dimensions (one value for 1-d data). Only that row's slice is read.
     */
    public double[][] raggedRow(String name, int row) throws InvalidInputException {
        RaggedIndex index = index(name);
        Checks.argument(row >= 0 && row < rows(), "row", "row %d outside 0..%d of %s", row, rows() - 1, path());
        Dataset data = dataset(name);
        Checks.input(HdfSlab.isNumeric(data) && data.getDimensions().length <= 2, file, NwbFile.path(data),
                "expected 1-d or 2-d numeric data, got %s", NwbDtypes.name(data.getDataType()));
        return HdfSlab.rows(data, index.start(row), index.count(row));
    }

    /** The validated index of ragged column {@code name}. */
    RaggedIndex index(String name) throws InvalidInputException {
        Dataset data = dataset(name);
        Node node = group.getChildren().get(name + "_index");
        Checks.input(node instanceof Dataset, file, path() + "/" + name + "_index", "missing: %s is not ragged",
                name);
        Dataset index = (Dataset) node;
        return RaggedIndex.of(HdfValues.longs(index.getData()), rows(), data.getDimensions()[0], file,
                NwbFile.path(index), NwbFile.path(data));
    }

    private Dataset column(String name, int rank) throws InvalidInputException {
        Dataset data = dataset(name);
        int[] dims = data.getDimensions();
        Checks.input(dims.length == rank && dims[0] == rows(), file, NwbFile.path(data),
                "expected %d-d data with %d rows, got shape %s", rank, rows(), Arrays.toString(dims));
        return data;
    }

    private Dataset dataset(String name) throws InvalidInputException {
        Node node = group.getChildren().get(name);
        Checks.input(node instanceof Dataset, file, path() + "/" + name, "no such column");
        return (Dataset) node;
    }

    Group group() {
        return group;
    }
}
