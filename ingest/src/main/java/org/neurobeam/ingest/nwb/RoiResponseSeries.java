package org.neurobeam.ingest.nwb;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;

/**
 * A RoiResponseSeries (NWB core schema): a TimeSeries whose data are time × ROIs, with {@code rois}, a
 * DynamicTableRegion listing the PlaneSegmentation row of each data column. The number of columns must
 * equal the number of listed ROIs (pynwb only warns; a mismatch usually means transposed data).
 */
public final class RoiResponseSeries {

    private final NwbTimeSeries series;
    private final long[] rois;
    private final String roiTable;

    private RoiResponseSeries(NwbTimeSeries series, long[] rois, String roiTable) {
        this.series = series;
        this.rois = rois;
        this.roiTable = roiTable;
    }

    static RoiResponseSeries of(Group group, AddressIndex addresses, Path file) throws InvalidInputException {
        NwbTimeSeries series = NwbTimeSeries.of(group, file);
        Node node = group.getChildren().get("rois");
        Checks.input(node instanceof Dataset, file, NwbFile.path(group) + "/rois", "missing");
        Dataset rois = (Dataset) node;
        long[] rows = HdfValues.longs(rois.getData());
        Checks.input(rows.length == series.columns(), file, NwbFile.path(rois),
                "lists %d ROIs but data has %d columns (data must be time x ROIs)", rows.length, series.columns());
        Object table = rois.getAttribute("table") == null ? null : rois.getAttribute("table").getData();
        Checks.input(table instanceof Long, file, NwbFile.path(rois) + "@table", "expected an object reference");
        String target = addresses.path((Long) table);
        Checks.input(target != null, file, NwbFile.path(rois) + "@table", "object reference resolves to no object");
        return new RoiResponseSeries(series, rows, target);
    }

    /** The series: timing, and data read in time chunks. */
    public NwbTimeSeries series() {
        return series;
    }

    /** The PlaneSegmentation row of each data column. */
    public long[] rois() {
        return rois.clone();
    }

    /** Path of the PlaneSegmentation the {@code rois} region references. */
    public String roiTable() {
        return roiTable;
    }

    public Modality modality() {
        return Modality.CALCIUM;
    }
}
