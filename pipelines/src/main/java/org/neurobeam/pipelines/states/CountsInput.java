package org.neurobeam.pipelines.states;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.parquet.example.data.Group;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.matrix.MatrixReader;
import org.neurobeam.ingest.matrix.MatrixSeries;
import org.neurobeam.ingest.nwb.NwbFile;
import org.neurobeam.ingest.nwb.NwbUnits;
import org.neurobeam.pipelines.parquet.ParquetGroups;
import org.neurobeam.pipelines.tables.BinnedCountsTable;
import org.neurobeam.pipelines.tables.SpikesTable;
import org.neurobeam.preprocess.spikes.BinGrid;
import org.neurobeam.preprocess.spikes.SpikeCounts;

/**
 * Reads the input of {@code neurobeam states} on the driver: a {@code run} output folder's {@code binned_counts}
 * table (or, failing that, its {@code spikes} table binned at {@code --bin-width}), an NWB file's units binned at
 * {@code --bin-width}, or a time × units counts matrix ({@code .npy} / {@code .csv}). Spike times are binned as
 * {@code run} bins them: half-open bins of the given width from 0 s to past the last spike.
 */
final class CountsInput {

    private CountsInput() {
    }

    /** Every recording of {@code input}, sorted by recording id, units by id. */
    static List<CountsRecording> read(Path input, Double binWidth) throws IOException {
        if (Files.isDirectory(input)) {
            Path binned = input.resolve(BinnedCountsTable.NAME);
            if (Files.isDirectory(binned)) {
                return binnedCounts(binned, binWidth);
            }
            Path spikes = input.resolve(SpikesTable.NAME);
            if (Files.isDirectory(spikes)) {
                return spikes(spikes, requireWidth(spikes, binWidth));
            }
            throw new InvalidInputException(input, null, "holds neither a binned_counts nor a spikes table");
        }
        String name = input.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (lower.endsWith(".nwb")) {
            return List.of(nwb(input, stem, requireWidth(input, binWidth)));
        }
        MatrixSeries matrix = MatrixReader.read(input, binWidth == null ? 1 : 1 / binWidth, Modality.SPIKES);
        long[] units = new long[matrix.units()];
        for (int u = 0; u < units.length; u++) {
            units[u] = u;
        }
        return List.of(new CountsRecording(stem, input.toString(), units, matrix.rows()));
    }

    private static double requireWidth(Path source, Double binWidth) throws InvalidInputException {
        if (binWidth == null) {
            throw new InvalidInputException(source, "--bin-width", "spike times need a bin width in seconds");
        }
        return binWidth;
    }

    private static List<CountsRecording> binnedCounts(Path folder, Double binWidth) throws IOException {
        Map<String, TreeSet<Double>> widths = new TreeMap<>();
        Map<String, TreeMap<Long, int[]>> units = new TreeMap<>();
        for (Group g : ParquetGroups.read(folder, g -> true)) {
            String id = g.getString("recording_id", 0);
            double width = g.getDouble("bin_width", 0);
            widths.computeIfAbsent(id, k -> new TreeSet<>()).add(width);
            if (binWidth == null || Math.abs(width - binWidth) <= 1e-9 * binWidth) {
                units.computeIfAbsent(id, k -> new TreeMap<>()).put(g.getLong("unit", 0),
                        ParquetGroups.ints(g, "counts"));
            }
        }
        List<CountsRecording> out = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Double>> entry : widths.entrySet()) {
            String id = entry.getKey();
            if (binWidth == null && entry.getValue().size() > 1) {
                throw new InvalidInputException(folder, "bin_width", String.format(Locale.ROOT,
                        "recording %s has bin widths %s; choose one with --bin-width", id, entry.getValue()));
            }
            if (units.containsKey(id)) {
                out.add(matrix(id, folder.toString(), units.get(id)));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(folder, "bin_width", "no rows with bin width " + binWidth + " s");
        }
        return out;
    }

    private static CountsRecording matrix(String id, String source, TreeMap<Long, int[]> columns)
            throws InvalidInputException {
        long[] ids = columns.keySet().stream().mapToLong(Long::longValue).toArray();
        int bins = columns.firstEntry().getValue().length;
        double[][] counts = new double[bins][ids.length];
        for (int u = 0; u < ids.length; u++) {
            int[] column = columns.get(ids[u]);
            if (column.length != bins) {
                throw new InvalidInputException(Path.of(source), "counts", String.format(Locale.ROOT,
                        "recording %s: unit %d has %d bins, unit %d has %d", id, ids[u], column.length, ids[0],
                        bins));
            }
            for (int t = 0; t < bins; t++) {
                counts[t][u] = column[t];
            }
        }
        return new CountsRecording(id, source, ids, counts);
    }

    private static List<CountsRecording> spikes(Path folder, double width) throws IOException {
        Map<String, TreeMap<Long, double[]>> recordings = new TreeMap<>();
        for (Group g : ParquetGroups.read(folder, g -> true)) {
            recordings.computeIfAbsent(g.getString("recording_id", 0), k -> new TreeMap<>())
                    .put(g.getLong("unit", 0), ParquetGroups.doubles(g, "times"));
        }
        List<CountsRecording> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Long, double[]>> entry : recordings.entrySet()) {
            out.add(bin(entry.getKey(), folder.toString(), entry.getValue(), width));
        }
        return out;
    }

    private static CountsRecording nwb(Path file, String id, double width) throws IOException {
        try (NwbFile nwb = NwbFile.open(file)) {
            NwbUnits units = nwb.units();
            long[] ids = units.ids();
            TreeMap<Long, double[]> times = new TreeMap<>();
            for (int u = 0; u < units.size(); u++) {
                times.put(ids[u], units.spikeTimes(u));
            }
            return bin(id, file.toString(), times, width);
        }
    }

    private static CountsRecording bin(String id, String source, TreeMap<Long, double[]> times, double width)
            throws InvalidInputException {
        double last = 0;
        for (double[] unit : times.values()) {
            for (double t : unit) {
                last = Math.max(last, t);
            }
        }
        BinGrid grid = new BinGrid(0, (Math.floor(last / width) + 1) * width, width);
        TreeMap<Long, int[]> counts = new TreeMap<>();
        times.forEach((unit, t) -> counts.put(unit, SpikeCounts.count(t, grid)));
        return matrix(id, source, counts);
    }
}
