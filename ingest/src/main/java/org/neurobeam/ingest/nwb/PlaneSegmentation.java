package org.neurobeam.ingest.nwb;

import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The ROIs of an imaging plane (NWB core schema, PlaneSegmentation, a DynamicTable): one row per ROI
 * with its {@code pixel_mask} (ragged compound x/y/weight, see {@link PixelMask}) and any extra columns
 * (suite2p's {@code iscell}) through {@link #table()}.
 */
public final class PlaneSegmentation {

    private final Path file;
    private final DynamicTable table;
    private RaggedIndex index;
    private Map<String, Object> members;

    PlaneSegmentation(DynamicTable table, Path file) {
        this.table = table;
        this.file = file;
    }

    /** The table itself, for ids and extra columns. */
    public DynamicTable table() {
        return table;
    }

    /** Number of ROIs. */
    public int size() {
        return table.rows();
    }

    /** The pixel mask of ROI {@code roi}. */
    public PixelMask pixelMask(int roi) throws InvalidInputException {
        Checks.argument(roi >= 0 && roi < size(), "roi", "ROI %d outside 0..%d of %s", roi, size() - 1,
                table.path());
        load();
        int start = (int) index.start(roi);
        int end = start + index.count(roi);
        return new PixelMask(Arrays.copyOfRange(HdfValues.longs(members.get("x")), start, end),
                Arrays.copyOfRange(HdfValues.longs(members.get("y")), start, end),
                Arrays.copyOfRange(HdfValues.doubles(members.get("weight")), start, end));
    }

    /**
     * Reads the index and the compound {@code pixel_mask} once: jhdf reads compound datasets whole, as
     * one array per member.
     */
    @SuppressWarnings("unchecked")
    private void load() throws InvalidInputException {
        if (members != null) {
            return;
        }
        Node node = table.group().getChildren().get("pixel_mask");
        String where = table.path() + "/pixel_mask";
        Checks.input(node instanceof Dataset d && d.isCompound(), file, where,
                "expected a compound dataset (x, y, weight)");
        Map<String, Object> data = (Map<String, Object>) ((Dataset) node).getData();
        Checks.input(data.keySet().containsAll(List.of("x", "y", "weight")), file, where,
                "expected members x, y, weight, got %s", data.keySet());
        index = table.index("pixel_mask");
        members = data;
    }
}
