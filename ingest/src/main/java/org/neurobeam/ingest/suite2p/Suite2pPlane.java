package org.neurobeam.ingest.suite2p;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyHeader;
import org.neurobeam.ingest.npy.NpyReader;

/**
 * A suite2p plane folder ({@code suite2p/plane<k>/}, suite2p docs "Outputs"): the traces F, Fneu and
 * spks (ROIs × frames), iscell, stat and ops. {@link #open} validates every file's header and their
 * agreement (equal trace shapes, one iscell row and one stat entry per ROI, ops {@code nframes} equal to
 * the trace length) and loads the small files; traces are read on demand, a block of ROI rows at a time,
 * so a large plane is never held whole.
 */
public final class Suite2pPlane {

    private final Path folder;
    private final Map<Suite2pTrace, NpyHeader> traces;
    private final IsCell isCell;
    private final List<RoiStat> stat;
    private final Suite2pOps ops;

    private Suite2pPlane(Path folder, Map<Suite2pTrace, NpyHeader> traces, IsCell isCell, List<RoiStat> stat,
            Suite2pOps ops) {
        this.folder = folder;
        this.traces = traces;
        this.isCell = isCell;
        this.stat = List.copyOf(stat);
        this.ops = ops;
    }

    /** Opens and validates the plane folder {@code folder}. */
    public static Suite2pPlane open(Path folder) throws IOException {
        Checks.input(Files.isDirectory(folder), folder, null, "not a suite2p plane folder");
        Map<Suite2pTrace, NpyHeader> traces = new EnumMap<>(Suite2pTrace.class);
        for (Suite2pTrace trace : Suite2pTrace.values()) {
            NpyHeader header = NpyHeader.read(required(folder, trace.fileName()));
            Checks.input(header.shape().length == 2 && header.dtype().type().isNumeric(), header.file(), "shape",
                    "expected a 2-d numeric array (ROIs x frames), got %s", header);
            NpyHeader f = traces.get(Suite2pTrace.F);
            if (f != null) {
                Checks.input(Arrays.equals(f.shape(), header.shape()), header.file(), "shape",
                        "%s is %s but %s is %s; traces must have equal shapes", header.file().getFileName(),
                        header.shapeText(), f.file(), f.shapeText());
            }
            traces.put(trace, header);
        }
        long[] shape = traces.get(Suite2pTrace.F).shape();
        int rois = Math.toIntExact(shape[0]);
        IsCell isCell = isCell(required(folder, "iscell.npy"), rois);
        List<RoiStat> stat = stat(required(folder, "stat.npy"), rois);
        Path opsFile = required(folder, "ops.npy");
        Suite2pOps ops;
        try (NpyReader reader = NpyReader.open(opsFile)) {
            ops = Suite2pOps.of(reader.readObjects(), opsFile);
        }
        Checks.input(ops.nframes() == shape[1], opsFile, "nframes", "ops says %d frames but %s holds %d",
                ops.nframes(), traces.get(Suite2pTrace.F).file(), shape[1]);
        return new Suite2pPlane(folder, traces, isCell, stat, ops);
    }

    private static Path required(Path folder, String name) throws InvalidInputException {
        Path file = folder.resolve(name);
        Checks.input(Files.isRegularFile(file), file, null, "missing from the suite2p plane folder%s",
                name.equals("ops.npy") && Files.exists(folder.resolve("settings.npy"))
                        ? " (the settings.npy layout of suite2p >= 1.0 is not supported)" : "");
        return file;
    }

    private static IsCell isCell(Path file, int rois) throws IOException {
        NpyArray array = NpyReader.read(file);
        long[] shape = array.shape();
        Checks.input(shape.length == 2 && shape[0] == rois && shape[1] == 2, file, "shape",
                "expected (%d, 2) for %d ROIs, got %s", rois, rois, array);
        double[] label = new double[rois];
        double[] probability = new double[rois];
        for (int i = 0; i < rois; i++) {
            label[i] = array.getDouble(2 * i);
            probability[i] = array.getDouble(2 * i + 1);
        }
        return new IsCell(label, probability);
    }

    private static List<RoiStat> stat(Path file, int rois) throws IOException {
        Object objects;
        try (NpyReader reader = NpyReader.open(file)) {
            objects = reader.readObjects();
        }
        Checks.input(objects instanceof List<?> list && list.size() == rois, file, "shape",
                "expected a list of %d ROI dicts, got %s", rois, objects instanceof List<?> l ? l.size() + " items"
                        : objects == null ? "None" : objects.getClass().getSimpleName());
        List<RoiStat> stat = new ArrayList<>(rois);
        List<?> items = (List<?>) objects;
        for (int i = 0; i < rois; i++) {
            stat.add(RoiStat.of(items.get(i), i, file));
        }
        return stat;
    }

    public Path folder() {
        return folder;
    }

    /** What the traces measure. */
    public Modality modality() {
        return Modality.CALCIUM;
    }

    /** Number of ROIs (rows of the traces). */
    public int rois() {
        return (int) traces.get(Suite2pTrace.F).shape()[0];
    }

    /** Number of frames (columns of the traces). */
    public long frames() {
        return traces.get(Suite2pTrace.F).shape()[1];
    }

    /** Frame rate in Hz: ops {@code fs}. */
    public double frameRate() {
        return ops.fs();
    }

    /** The header of a trace file (dtype, shape, order). */
    public NpyHeader header(Suite2pTrace trace) {
        return traces.get(trace);
    }

    public Suite2pOps ops() {
        return ops;
    }

    /** One entry per ROI. */
    public List<RoiStat> stat() {
        return stat;
    }

    public IsCell isCell() {
        return isCell;
    }

    /**
     * ROIs {@code [first, first + count)} of {@code trace}, one row of {@link #frames()} values each (float32
     * values widened exactly to double).
     */
    public double[][] read(Suite2pTrace trace, int first, int count) throws IOException {
        try (NpyReader reader = NpyReader.open(traces.get(trace).file())) {
            NpyArray block = reader.readRows(first, count);
            double[][] rows = new double[count][];
            for (int r = 0; r < count; r++) {
                rows[r] = block.row(r);
            }
            return rows;
        }
    }
}
