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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.NeuroBeam;

/** The calcium options on the command line of {@code run}. */
class CalciumCommandTest {

    @Test
    void binWidthAddsBinnedCountsAndCellsOnlyCanBeTurnedOff(@TempDir Path work) throws IOException {
        Path manifest = work.resolve("m.csv");
        Files.writeString(manifest, "path,recording_id\n" + CalciumRunTest.PLANE + ",s2p\n");
        assertEquals(0, execute("run", "--input", manifest.toString(), "--output", work.resolve("out").toString(),
                "--no-cells-only", "--bin-width", "1", "--baseline", "sliding_prctile"));
        List<Map<String, Object>> f = ParquetTableReader.read(work.resolve("out/traces")).stream()
                .filter(r -> r.get("kind").equals("F")).toList();
        assertEquals(12, f.size(), "all 12 ROIs without --cells-only");
        assertTrue(Files.isDirectory(work.resolve("out/binned_counts")));
        assertEquals(0, execute("run", "--input", manifest.toString(), "--output", work.resolve("plain").toString()));
        assertFalse(Files.exists(work.resolve("plain/binned_counts")), "no binned_counts without --bin-width");
    }

    @Test
    void anUnknownBaselineIsBadUsage(@TempDir Path work) throws IOException {
        Path manifest = work.resolve("m.csv");
        Files.writeString(manifest, "path\n" + CalciumRunTest.PLANE + "\n");
        assertEquals(2, execute("run", "--input", manifest.toString(), "--output", work.toString(),
                "--baseline", "median"));
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
