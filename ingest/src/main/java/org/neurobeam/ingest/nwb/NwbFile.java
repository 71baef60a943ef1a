package org.neurobeam.ingest.nwb;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * An NWB 2.x file read through jhdf (NWB storage layout: HDF5 groups and datasets typed by their
 * {@code neurodata_type} attribute). Gives the object tree for {@code inspect} and typed access to
 * ophys RoiResponseSeries and PlaneSegmentation, ecephys {@code /units}, TimeSeries such as behaviour,
 * and DynamicTables such as {@code /intervals/trials}. Data are read lazily; the file stays open until
 * {@link #close()}.
 */
public final class NwbFile implements AutoCloseable {

    /** The containers suite2p and CaImAn put RoiResponseSeries in, under {@code /processing/ophys}. */
    public static final List<String> OPHYS_CONTAINERS = List.of("Fluorescence", "DfOverF", "Neuropil", "Deconvolved");

    private final Path file;
    private final HdfFile hdf;
    private final AddressIndex addresses;

    private NwbFile(Path file, HdfFile hdf) {
        this.file = file;
        this.hdf = hdf;
        this.addresses = new AddressIndex(hdf);
    }

    /** Opens {@code file}; fails unless it is HDF5 with root {@code neurodata_type} NWBFile and version 2.x. */
    public static NwbFile open(Path file) throws IOException {
        Checks.input(Files.isRegularFile(file), file, null, "no such file");
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (HdfException e) {
            throw new InvalidInputException(file, null, "not a readable HDF5 file: " + e.getMessage(), e);
        }
        try {
            Checks.input("NWBFile".equals(neurodataType(hdf)), file, "neurodata_type",
                    "expected NWBFile on the root group, got %s", neurodataType(hdf));
            Attribute version = hdf.getAttribute("nwb_version");
            Checks.input(version != null && String.valueOf(version.getData()).startsWith("2."), file, "nwb_version",
                    "expected NWB 2.x, got %s", version == null ? "none" : version.getData());
            return new NwbFile(file, hdf);
        } catch (IOException | RuntimeException e) {
            hdf.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The root {@code nwb_version} attribute. */
    public String nwbVersion() {
        return String.valueOf(hdf.getAttribute("nwb_version").getData());
    }

    /** The root group's attributes (nwb_version, neurodata_type, namespace, object_id), as in {@link NwbObject}. */
    public Map<String, Object> rootAttributes() {
        return attributes(hdf);
    }

    private Map<String, Object> attributes(Node node) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        node.getAttributes().values().stream().sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(a -> attributes.put(a.getName(), HdfValues.attribute(a, addresses)));
        return attributes;
    }

    /** Every group, dataset and soft link below the root, sorted by path (links are listed, not followed). */
    public List<NwbObject> inventory() {
        List<NwbObject> objects = new ArrayList<>();
        list(hdf, objects);
        objects.sort((a, b) -> a.path().compareTo(b.path()));
        return objects;
    }

    private void list(Group group, List<NwbObject> into) {
        for (Node child : group.getChildren().values()) {
            String path = path(child);
            if (child instanceof Link link) {
                into.add(new NwbObject(path, "soft link", null, null, null, Map.of(), null, link.getTargetPath()));
                continue;
            }
            Map<String, Object> attributes = attributes(child);
            String type = neurodataType(child);
            if (child instanceof Dataset d) {
                long[] shape = Arrays.stream(d.getDimensions()).asLongStream().toArray();
                Object value = d.isScalar() ? d.getData() : null;
                into.add(new NwbObject(path, "dataset", type, shape, NwbDtypes.name(d.getDataType()), attributes,
                        value, null));
            } else if (child instanceof Group g) {
                into.add(new NwbObject(path, "group", type, null, null, attributes, null, null));
                list(g, into);
            }
        }
    }

    /** Paths of the groups whose {@code neurodata_type} is {@code type}, sorted. */
    public List<String> pathsOfType(String type) {
        return inventory().stream().filter(o -> type.equals(o.neurodataType()) && o.kind().equals("group"))
                .map(NwbObject::path).toList();
    }

    /** The RoiResponseSeries under {@code /processing/ophys/<container>/} for the {@link #OPHYS_CONTAINERS}. */
    public List<String> ophysSeriesPaths() {
        return pathsOfType("RoiResponseSeries").stream().filter(p -> OPHYS_CONTAINERS.stream()
                .anyMatch(c -> p.startsWith("/processing/ophys/" + c + "/"))).toList();
    }

    /** The TimeSeries (of any subtype) at {@code path}. */
    public NwbTimeSeries timeSeries(String path) throws InvalidInputException {
        return NwbTimeSeries.of(group(path), file);
    }

    /** The RoiResponseSeries at {@code path}, its {@code rois} resolved. */
    public RoiResponseSeries roiResponseSeries(String path) throws InvalidInputException {
        Group group = group(path);
        Checks.input("RoiResponseSeries".equals(neurodataType(group)), file, path,
                "expected neurodata_type RoiResponseSeries, got %s", neurodataType(group));
        return RoiResponseSeries.of(group, addresses, file);
    }

    /** The PlaneSegmentation at {@code path} (e.g. {@link RoiResponseSeries#roiTable()}). */
    public PlaneSegmentation planeSegmentation(String path) throws InvalidInputException {
        return new PlaneSegmentation(table(path), file);
    }

    /** The Units table {@code /units}. */
    public NwbUnits units() throws InvalidInputException {
        return new NwbUnits(table("/units"));
    }

    /** The trials table {@code /intervals/trials} (TimeIntervals: start_time, stop_time, ...). */
    public DynamicTable trials() throws InvalidInputException {
        return table("/intervals/trials");
    }

    /** The DynamicTable at {@code path}. */
    public DynamicTable table(String path) throws InvalidInputException {
        return DynamicTable.of(group(path), addresses, file);
    }

    private Group group(String path) throws InvalidInputException {
        Node node;
        try {
            node = hdf.getByPath(path);
        } catch (HdfException e) {
            throw new InvalidInputException(file, path, "no such group", e);
        }
        Checks.input(node instanceof Group, file, path, "expected a group, got a %s", node.getType());
        return (Group) node;
    }

    /** The {@code neurodata_type} attribute of {@code node}, or {@code null}. */
    static String neurodataType(Node node) {
        Attribute a = node.getAttribute("neurodata_type");
        return a == null ? null : String.valueOf(a.getData());
    }

    /** The absolute path of {@code node} without jhdf's trailing slash on groups: {@code /units}. */
    static String path(Node node) {
        String path = node.getPath();
        path = path.startsWith("/") ? path : "/" + path;
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public void close() {
        hdf.close();
    }
}
