package org.neurobeam.pipelines.calcium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.cohorts.manifest.ManifestDiscovery;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.matrix.MatrixReader;
import org.neurobeam.ingest.matrix.MatrixSeries;
import org.neurobeam.ingest.nwb.NwbFile;
import org.neurobeam.ingest.nwb.NwbTimeSeries;
import org.neurobeam.ingest.nwb.RoiResponseSeries;
import org.neurobeam.ingest.suite2p.Suite2pPlane;
import org.neurobeam.ingest.suite2p.Suite2pTrace;

/**
 * The traces of one calcium recording, one unit (ROI) at a time, whatever its format: a suite2p plane folder
 * ({@code F}, {@code Fneu}, {@code spks}, read row by row), an NWB file (the first RoiResponseSeries of
 * {@code Fluorescence} → {@code F}, {@code Neuropil} → {@code Fneu}, {@code Deconvolved} → {@code spks},
 * {@code DfOverF} → {@code dff}; each series is read in blocks of units over all frames, so at most
 * {@link #NWB_BLOCK_VALUES} values per kind are held (at least one unit), whatever the number of units), or a
 * {@code .npy} / {@code .csv} time × units matrix ({@code F}).
 */
public abstract class CalciumSource implements AutoCloseable {

    /** Kinds as the {@code traces} table names them. */
    public static final String F = "F";
    public static final String FNEU = "Fneu";
    public static final String SPKS = "spks";
    public static final String DFF = "dff";

    /**
     * Values (doubles) of one NWB block of units × all frames: 32 MiB per kind. A smaller block holds less but
     * reads a series chunked along time once per block.
     */
    public static final long NWB_BLOCK_VALUES = 4L << 20;

    /** The data file of the traces: {@code F.npy} for a suite2p folder, else the file itself. */
    public abstract Path dataFile();

    public abstract int units();

    public abstract long frames();

    /** Frames per second. */
    public abstract double rate();

    /** The stored kinds, in table order. */
    public abstract List<String> kinds();

    /** A label per unit: {@code roi<i>} (suite2p: row; NWB: PlaneSegmentation row), a CSV column name or {@code unit<i>}. */
    public abstract String label(int unit);

    /** Whether the unit is kept by {@code --cells-only} (only suite2p labels cells). */
    public boolean isCell(int unit) {
        return true;
    }

    /** The stored trace {@code kind} of {@code unit}, one value per frame. */
    public abstract double[] trace(String kind, int unit) throws IOException;

    @Override
    public void close() {
    }

    /**
     * Opens the recording of {@code ref}: a folder is a suite2p plane, {@code .nwb} an NWB file, {@code .npy} or
     * {@code .csv} a matrix whose rate is the manifest's {@code sampling_rate} (Hz), else {@code 1 / repetition_time}.
     */
    public static CalciumSource open(RecordingRef ref) throws IOException {
        Object hz = ref.sidecar().get(ManifestDiscovery.SAMPLING_FREQUENCY);
        double rate = hz instanceof Number n ? n.doubleValue()
                : ref.repetitionTime().isPresent() ? 1.0 / ref.repetitionTime().getAsDouble() : Double.NaN;
        return open(Path.of(ref.path()), rate);
    }

    /** Opens a suite2p plane folder, an NWB file, or a matrix sampled at {@code matrixRate} Hz (NaN: unknown, an error). */
    public static CalciumSource open(Path path, double matrixRate) throws IOException {
        return open(path, matrixRate, NWB_BLOCK_VALUES);
    }

    /** As {@link #open(Path, double)}, an NWB file read in blocks of at most {@code nwbBlockValues} values. */
    public static CalciumSource open(Path path, double matrixRate, long nwbBlockValues) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return new Suite2p(Suite2pPlane.open(path));
        }
        if (name.endsWith(".nwb")) {
            return Nwb.open(path, nwbBlockValues);
        }
        if (name.endsWith(".npy") || name.endsWith(".csv")) {
            Checks.input(!Double.isNaN(matrixRate), path, "sampling_rate",
                    "a matrix needs its rate: give the manifest column sampling_rate (Hz) or repetition_time (s)");
            return new Matrix(MatrixReader.read(path, matrixRate, Modality.CALCIUM));
        }
        throw new InvalidInputException(path, null, "unsupported calcium format: expected a suite2p plane folder,"
                + " .nwb, .npy or .csv");
    }

    private static final class Suite2p extends CalciumSource {
        private final Suite2pPlane plane;

        Suite2p(Suite2pPlane plane) {
            this.plane = plane;
        }

        @Override
        public Path dataFile() {
            return plane.header(Suite2pTrace.F).file();
        }

        @Override
        public int units() {
            return plane.rois();
        }

        @Override
        public long frames() {
            return plane.frames();
        }

        @Override
        public double rate() {
            return plane.frameRate();
        }

        @Override
        public List<String> kinds() {
            return List.of(F, FNEU, SPKS);
        }

        @Override
        public String label(int unit) {
            return "roi" + unit;
        }

        @Override
        public boolean isCell(int unit) {
            return plane.isCell().isCell(unit);
        }

        @Override
        public double[] trace(String kind, int unit) throws IOException {
            Suite2pTrace trace = kind.equals(F) ? Suite2pTrace.F : kind.equals(FNEU) ? Suite2pTrace.FNEU : Suite2pTrace.SPKS;
            return plane.read(trace, unit, 1)[0];
        }
    }

    private static final class Nwb extends CalciumSource {
        private static final Map<String, String> KINDS = Map.of("Fluorescence", F, "Neuropil", FNEU,
                "Deconvolved", SPKS, "DfOverF", DFF);

        private final NwbFile file;
        private final Map<String, RoiResponseSeries> series;
        private final RoiResponseSeries first;
        private final Map<String, UnitBlock> blocks = new HashMap<>();

        /** Traces of units {@code [first, first + traces.length)} of one kind. */
        private record UnitBlock(int first, double[][] traces) {
            boolean holds(int unit) {
                return unit >= first && unit < first + traces.length;
            }
        }

        private final long blockValues;

        private Nwb(NwbFile file, Map<String, RoiResponseSeries> series, long blockValues) {
            this.file = file;
            this.series = series;
            this.blockValues = blockValues;
            this.first = series.values().iterator().next();
        }

        static Nwb open(Path path, long blockValues) throws IOException {
            Checks.argument(blockValues > 0, "nwbBlockValues", "expected a positive count, got %d", blockValues);
            NwbFile file = NwbFile.open(path);
            try {
                Map<String, RoiResponseSeries> series = new LinkedHashMap<>();
                for (String container : List.of("Fluorescence", "Neuropil", "Deconvolved", "DfOverF")) {
                    String prefix = "/processing/ophys/" + container + "/";
                    for (String p : file.ophysSeriesPaths()) {
                        if (p.startsWith(prefix) && !series.containsKey(KINDS.get(container))) {
                            series.put(KINDS.get(container), file.roiResponseSeries(p));
                        }
                    }
                }
                Checks.input(!series.isEmpty(), path, "/processing/ophys", "no RoiResponseSeries in %s",
                        NwbFile.OPHYS_CONTAINERS);
                NwbTimeSeries reference = series.values().iterator().next().series();
                for (RoiResponseSeries s : series.values()) {
                    Checks.input(s.series().length() == reference.length() && s.series().columns() == reference.columns(),
                            path, s.series().path(), "is %d x %d but %s is %d x %d; series must have equal shapes",
                            s.series().length(), s.series().columns(), reference.path(), reference.length(),
                            reference.columns());
                }
                return new Nwb(file, series, blockValues);
            } catch (IOException | RuntimeException e) {
                file.close();
                throw e;
            }
        }

        @Override
        public Path dataFile() {
            return file.file();
        }

        @Override
        public int units() {
            return first.series().columns();
        }

        @Override
        public long frames() {
            return first.series().length();
        }

        /** The series' rate; with explicit timestamps {@code (n - 1) / (last - first)}. */
        @Override
        public double rate() {
            NwbTimeSeries s = first.series();
            if (s.timing().isRegular()) {
                return s.timing().rate();
            }
            long n = s.length();
            double span = s.timing().times(n - 1, 1)[0] - s.timing().times(0, 1)[0];
            return (n - 1) / span;
        }

        @Override
        public List<String> kinds() {
            return List.copyOf(series.keySet());
        }

        @Override
        public String label(int unit) {
            return "roi" + first.rois()[unit];
        }

        /**
         * The trace of {@code unit} in the series' unit (data × conversion + offset), from the kind's current block
         * of units; the next block (as many units as fit the block's values) replaces it when needed.
         */
        @Override
        public double[] trace(String kind, int unit) {
            UnitBlock block = blocks.get(kind);
            if (block == null || !block.holds(unit)) {
                blocks.remove(kind);
                int size = (int) Math.max(1, Math.min(units(), blockValues / Math.max(1, frames())));
                int start = unit / size * size;
                block = new UnitBlock(start, series.get(kind).series().readColumnsInUnits(start,
                        Math.min(size, units() - start)));
                blocks.put(kind, block);
            }
            return block.traces()[unit - block.first()];
        }

        @Override
        public void close() {
            file.close();
        }
    }

    private static final class Matrix extends CalciumSource {
        private final MatrixSeries matrix;

        Matrix(MatrixSeries matrix) {
            this.matrix = matrix;
        }

        @Override
        public Path dataFile() {
            return matrix.file();
        }

        @Override
        public int units() {
            return matrix.units();
        }

        @Override
        public long frames() {
            return matrix.frames();
        }

        @Override
        public double rate() {
            return matrix.rate();
        }

        @Override
        public List<String> kinds() {
            return List.of(F);
        }

        @Override
        public String label(int unit) {
            return matrix.names().isEmpty() ? "unit" + unit : matrix.names().get(unit);
        }

        @Override
        public double[] trace(String kind, int unit) {
            double[] out = new double[matrix.frames()];
            for (int t = 0; t < out.length; t++) {
                out[t] = matrix.rows()[t][unit];
            }
            return out;
        }
    }
}
