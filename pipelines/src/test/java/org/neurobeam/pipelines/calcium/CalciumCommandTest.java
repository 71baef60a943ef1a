package org.neurobeam.pipelines.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.NeuroBeam;

/** The calcium options on the command line of {@code run}. */
class CalciumCommandTest {

    @Test
    void binWidthAddsBinnedCountsAndCellsOnlyCanBeTurnedOff(@TempDir Path work) throws IOException {
        Path manifest = manifest(work);
        assertEquals(0, execute("run", "--input", manifest.toString(), "--output", work.resolve("out").toString(),
                "--no-cells-only", "--bin-width", "1", "--baseline", "sliding_prctile"));
        List<Map<String, Object>> f = ParquetTableReader.read(work.resolve("out/traces")).stream()
                .filter(r -> r.get("kind").equals("F")).toList();
        assertEquals(12, f.size(), "all 12 ROIs without --cells-only");
        assertTrue(Files.isDirectory(work.resolve("out/binned_counts")));
        assertEquals(0, execute("run", "--input", manifest.toString(), "--output", work.resolve("plain").toString()));
        assertFalse(Files.exists(work.resolve("plain/binned_counts")), "no binned_counts without --bin-width");
    }

    /** --win-baseline 20 --sig-baseline 5 against scipy's maximin (maximin_options.py), recorded in provenance. */
    @Test
    void maximinWindowAndSigmaReachTheBaseline(@TempDir Path work) throws IOException {
        Path manifest = manifest(work);
        assertEquals(0, execute("run", "--input", manifest.toString(), "--output", work.resolve("out").toString(),
                "--no-cells-only", "--win-baseline", "20", "--sig-baseline", "5"));
        JsonNode ref = new ObjectMapper().readTree(CalciumCommandTest.class.getResourceAsStream(
                "/calcium/maximin_options.json"));
        int compared = 0;
        for (Map<String, Object> row : ParquetTableReader.read(work.resolve("out/traces"))) {
            if (row.get("kind").equals("dff")) {
                int unit = (Integer) row.get("unit");
                List<?> values = (List<?>) row.get("values");
                for (int t = 0; t < 10; t++) {
                    assertEquals(ref.get("dff_first_10").get(unit).get(t).asDouble(), (Double) values.get(t), 1e-9);
                }
                double mean = values.stream().mapToDouble(v -> (Double) v).average().orElseThrow();
                assertEquals(ref.get("dff_mean").get(unit).asDouble(), mean, 1e-9);
                compared++;
            }
        }
        assertEquals(12, compared);
        JsonNode stage = new ObjectMapper().readTree(work.resolve("out/provenance.json").toFile())
                .at("/options/stages/CalciumStage");
        assertEquals(20.0, stage.get("baseline_window_s").asDouble());
        assertEquals(5.0, stage.get("baseline_sigma_frames").asDouble());
        assertEquals(2, execute("run", "--input", manifest.toString(), "--output", work.resolve("bad").toString(),
                "--win-baseline", "0"));
    }

    @Test
    void anUnknownBaselineIsBadUsage(@TempDir Path work) throws IOException {
        Path manifest = work.resolve("m.csv");
        Files.writeString(manifest, "path\n" + CalciumRunTest.PLANE + "\n");
        assertEquals(2, execute("run", "--input", manifest.toString(), "--output", work.toString(),
                "--baseline", "median"));
    }

    private static Path manifest(Path work) throws IOException {
        return Files.writeString(work.resolve("m.csv"), "path,recording_id\n" + CalciumRunTest.PLANE + ",s2p\n");
    }

    private static int execute(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return NeuroBeam.execute(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
