package org.neurobeam.pipelines.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyDtype;
import org.neurobeam.ingest.npy.NpyType;
import org.neurobeam.ingest.npy.NpyWriter;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.cli.NeuroBeam;

/** {@code inspect --json} on the suite2p plane, its NWB twin and a {@code .npy}, against calcium.ref.json. */
class CalciumInspectTest {

    static JsonNode ref;

    @BeforeAll
    static void reference() throws IOException {
        ref = new ObjectMapper().readTree(SharedData.file("calcium/calcium.ref.json").toFile());
    }

    @Test
    void suite2pPlane() throws IOException {
        JsonNode report = inspect(CalciumRunTest.PLANE.toString(), "--json", "--samples", "10");
        assertEquals("suite2p", report.get("format").asText());
        assertEquals(12, report.get("units").get("count").asInt());
        assertEquals(List.of("F", "Fneu", "spks"), strings(report.get("units").get("kinds")));
        assertEquals(ref.get("iscell").get("n_cells").asInt(), report.get("units").get("cells").asInt());
        assertEquals(30.0, report.get("rate").asDouble());
        assertEquals(900, report.get("n_timepoints").asLong());
        for (String kind : List.of("F", "Fneu", "spks")) {
            assertEquals(ref.get(kind).get("first_10"), report.get("samples").get(kind), kind);
        }
    }

    @Test
    void nwbObjectTreeAndTraces() throws IOException {
        JsonNode report = inspect(CalciumRunTest.OPHYS.toString(), "--json", "--samples", "10");
        assertEquals("nwb", report.get("format").asText());
        assertEquals("2.6.0", report.get("nwb_version").asText());
        assertEquals(12, report.get("units").get("count").asInt());
        assertEquals(List.of("F", "Fneu", "spks"), strings(report.get("units").get("kinds")));
        assertEquals(30.0, report.get("rate").asDouble());
        assertEquals(900, report.get("n_timepoints").asLong());
        assertEquals(ref.get("F").get("first_10"), report.get("samples").get("F"));
        JsonNode entries = ref.get("nwb").get("entries");
        JsonNode objects = report.get("objects");
        assertEquals(entries.size(), objects.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            JsonNode o = objects.get(i);
            assertEquals(e.get("path").asText(), o.get("path").asText());
            assertEquals(e.get("kind").asText(), o.get("kind").asText());
            JsonNode type = e.has("attrs") ? e.get("attrs").get("neurodata_type") : null;
            assertEquals(type == null ? null : type.asText(), o.get("neurodata_type").isNull() ? null
                    : o.get("neurodata_type").asText(), e.get("path").asText());
            if (e.has("shape")) {
                assertEquals(e.get("shape"), o.get("shape"), e.get("path").asText());
            }
        }
    }

    @Test
    void npyMatrix(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("traces.npy");
        NpyWriter.write(file, NpyArray.ofDoubles(NpyDtype.of(NpyType.FLOAT64), new long[] {4, 2},
                new double[] {0, 10, 1, 11, 2, 12, 3, 13}), false);
        JsonNode report = inspect(file.toString(), "--json", "--samples", "3");
        assertEquals("npy", report.get("format").asText());
        assertEquals(2, report.get("units").get("count").asInt());
        assertEquals(4, report.get("n_timepoints").asLong());
        assertEquals(new ObjectMapper().readTree("[[0.0,1.0,2.0],[10.0,11.0,12.0]]"),
                report.get("samples").get("values"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Runs {@code neurobeam inspect ARGS}, expecting exit 0 and exactly one JSON object on stdout. */
    private static JsonNode inspect(String... args) throws IOException {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of("inspect"));
            all.addAll(List.of(args));
            code = NeuroBeam.execute(all.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertEquals(1, text.strip().lines().count(), text);
        return new ObjectMapper().readTree(text);
    }
}
