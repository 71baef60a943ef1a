package org.neurobeam.pipelines.calcium;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyHeader;
import org.neurobeam.ingest.npy.NpyReader;
import org.neurobeam.ingest.nwb.NwbFile;
import org.neurobeam.ingest.nwb.NwbObject;
import org.neurobeam.ingest.nwb.NwbUnits;

/**
 * The {@code inspect} report of a suite2p plane folder ({@code "format": "suite2p"}), an NWB file ({@code "nwb"})
 * or a {@code .npy} time × units matrix ({@code "npy"}): {@code units} ({@code count} and the {@code kinds} stored:
 * {@code F}, {@code Fneu}, {@code spks}, {@code dff}, {@code spike_times}; suite2p adds {@code cells}), {@code rate}
 * (Hz, null when unknown), {@code n_timepoints}; NWB adds {@code nwb_version} and {@code objects}, its object tree
 * ({@code path}, {@code kind}, {@code neurodata_type}, {@code shape}, {@code dtype}, {@code target}). With
 * {@code samples = N}: {@code samples}, per kind the first N values of every unit (NWB spikes: first N times).
 */
public final class CalciumInspection {

    private CalciumInspection() {
    }

    public static ObjectNode inspect(Path file, Integer samples) throws IOException {
        Checks.argument(samples == null || samples >= 0, "--samples", "expected a count >= 0, got %s", samples);
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("path", file.toAbsolutePath().normalize().toString());
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
            npy(file, samples, out);
        } else if (Files.isDirectory(file)) {
            out.put("format", "suite2p");
            try (CalciumSource source = CalciumSource.open(file, Double.NaN)) {
                traces(source, samples, out);
                int cells = 0;
                for (int u = 0; u < source.units(); u++) {
                    cells += source.isCell(u) ? 1 : 0;
                }
                ((ObjectNode) out.get("units")).put("cells", cells);
            }
        } else {
            nwb(file, samples, out);
        }
        return out;
    }

    private static void nwb(Path file, Integer samples, ObjectNode out) throws IOException {
        out.put("format", "nwb");
        boolean hasUnits;
        try (NwbFile nwb = NwbFile.open(file)) {
            out.put("nwb_version", nwb.nwbVersion());
            ArrayNode objects = out.putArray("objects");
            for (NwbObject o : nwb.inventory()) {
                ObjectNode entry = objects.addObject().put("path", o.path()).put("kind", o.kind())
                        .put("neurodata_type", o.neurodataType());
                if (o.shape() != null) {
                    ArrayNode shape = entry.putArray("shape");
                    for (long n : o.shape()) {
                        shape.add(n);
                    }
                    entry.put("dtype", o.dtype());
                }
                if (o.linkTarget() != null) {
                    entry.put("target", o.linkTarget());
                }
            }
            hasUnits = !nwb.pathsOfType("Units").isEmpty();
            if (nwb.ophysSeriesPaths().isEmpty()) {
                ObjectNode units = out.putObject("units");
                units.put("count", hasUnits ? nwb.units().size() : 0);
                ArrayNode kinds = units.putArray("kinds");
                out.putNull("rate");
                out.putNull("n_timepoints");
                if (hasUnits) {
                    kinds.add("spike_times");
                    spikeSamples(nwb.units(), samples, out);
                }
                return;
            }
        }
        try (CalciumSource source = CalciumSource.open(file, Double.NaN)) {
            traces(source, samples, out);
            if (hasUnits) {
                ((ArrayNode) out.get("units").get("kinds")).add("spike_times");
            }
        }
    }

    private static void spikeSamples(NwbUnits units, Integer samples, ObjectNode out) throws IOException {
        if (samples == null) {
            return;
        }
        ArrayNode rows = out.putObject("samples").putArray("spike_times");
        for (int u = 0; u < units.size(); u++) {
            double[] times = units.spikeTimes(u);
            ArrayNode row = rows.addArray();
            for (int i = 0; i < Math.min(samples, times.length); i++) {
                row.add(times[i]);
            }
        }
    }

    private static void traces(CalciumSource source, Integer samples, ObjectNode out) throws IOException {
        ObjectNode units = out.putObject("units");
        units.put("count", source.units());
        ArrayNode kinds = units.putArray("kinds");
        source.kinds().forEach(kinds::add);
        out.put("rate", source.rate());
        out.put("n_timepoints", source.frames());
        if (samples == null) {
            return;
        }
        ObjectNode values = out.putObject("samples");
        for (String kind : source.kinds()) {
            ArrayNode rows = values.putArray(kind);
            for (int u = 0; u < source.units(); u++) {
                double[] trace = source.trace(kind, u);
                ArrayNode row = rows.addArray();
                for (int t = 0; t < Math.min(samples, trace.length); t++) {
                    row.add(trace[t]);
                }
            }
        }
    }

    private static void npy(Path file, Integer samples, ObjectNode out) throws IOException {
        out.put("format", "npy");
        try (NpyReader reader = NpyReader.open(file)) {
            NpyHeader header = reader.header();
            long[] shape = header.shape();
            Checks.input((shape.length == 1 || shape.length == 2) && header.dtype().type().isNumeric(), file, "shape",
                    "expected a 1-d or 2-d numeric array (time x units), got %s", header);
            ArrayNode dims = out.putArray("shape");
            for (long n : shape) {
                dims.add(n);
            }
            out.put("dtype", header.dtype().descr());
            int units = shape.length == 2 ? Math.toIntExact(shape[1]) : 1;
            out.putObject("units").put("count", units).putArray("kinds").add("values");
            out.putNull("rate");
            out.put("n_timepoints", shape[0]);
            if (samples != null) {
                int rows = (int) Math.min(samples, shape[0]);
                NpyArray block = reader.readRows(0, rows);
                ArrayNode perUnit = out.putObject("samples").putArray("values");
                for (int u = 0; u < units; u++) {
                    ArrayNode row = perUnit.addArray();
                    for (int t = 0; t < rows; t++) {
                        row.add(block.getDouble(t * units + u));
                    }
                }
            }
        }
    }
}
