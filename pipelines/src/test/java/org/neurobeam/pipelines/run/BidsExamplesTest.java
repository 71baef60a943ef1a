package org.neurobeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.NeuroBeam;

/**
 * {@code neurobeam run} on the real BIDS layouts of bids-examples, whose data files are empty or
 * header-only placeholders (the {@code synthetic} headers declare 64⁴ float64 volumes, 134 MB each, that
 * are not there). Each runs in its own JVM with a 128 MB heap, so reading any of those declared volumes
 * would fail the run: every reader must validate before it allocates.
 */
class BidsExamplesTest {

    static final String HEAP = "-Xmx128m";

    @ParameterizedTest
    @ValueSource(strings = {"ds005", "ds000001-fmriprep", "synthetic", "eeg_matchingpennies", "ds000246",
            "ieeg_visual"})
    void everyBoldFileIsARecordingOrAFailureAndMemoryStaysSmall(String name, @TempDir Path out)
            throws IOException, InterruptedException {
        Path dataset = SharedData.file("bids-examples/" + name);
        Process process = new ProcessBuilder(javaExecutable(), HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), NeuroBeam.class.getName(),
                "run", "--input", dataset.toString(), "--output", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("..").resolve(name + ".log").toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "timed out");
        String log = Files.readString(out.resolve("..").resolve(name + ".log"));
        assertEquals(0, process.exitValue(), log);

        Set<String> accounted = new HashSet<>();
        for (String table : List.of("recordings", "failures")) {
            for (Map<String, Object> row : ParquetTableReader.read(out.resolve(table))) {
                accounted.add((String) row.get("path"));
            }
        }
        for (Path bold : boldFiles(dataset)) {
            assertTrue(accounted.contains(bold.toString()), bold + " is in neither recordings nor failures");
        }
    }

    private static List<Path> boldFiles(Path dataset) throws IOException {
        try (Stream<Path> walk = Files.walk(dataset)) {
            return walk.filter(p -> p.getFileName().toString().matches(".*_bold\\.nii(\\.gz)?"))
                    .map(p -> p.toAbsolutePath().normalize())
                    .toList();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
