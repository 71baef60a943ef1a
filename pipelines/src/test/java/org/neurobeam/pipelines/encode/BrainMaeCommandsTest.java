package org.neurobeam.pipelines.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.TestDatasets;
import org.neurobeam.pipelines.cli.CommandOutput;

/**
 * The bundled example end to end with BrainMAE: {@code run} → {@code train brainmae} on its region signals →
 * {@code embed}, and {@code run --encoder} embedding the same runs inside the run job. Both give one embedding
 * per 8-frame segment of each 40-volume run (5 segments), identical between the two paths; the 2-volume rest run
 * (nibabel's example4d) is shorter than one segment and lands in {@code failures}.
 */
class BrainMaeCommandsTest {

    @Test
    void trainOnTheExampleThenEmbedItAlsoInsideRun(@TempDir Path work) throws Exception {
        Path run = work.resolve("run");
        CommandOutput first = CommandOutput.of("run", "--input", TestDatasets.EXAMPLE.toString(), "--atlas",
                TestDatasets.EXAMPLE.resolveSibling("atlas/ds-mini_atlas.nii.gz").toString(), "--output", run.toString());
        assertEquals(0, first.exitCode(), first.err());

        Path model = work.resolve("brainmae");
        CommandOutput train = CommandOutput.of("train", "brainmae", "--input", run.toString(), "--model-dir",
                model.toString(), "--segment-length", "8", "--window-segments", "2", "--epochs", "3", "--seed", "1");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.isRegularFile(model.resolve("config.json")), train.out());

        Path embedded = work.resolve("embedded");
        CommandOutput embed = CommandOutput.of("embed", "--model-dir", model.toString(), "--input", run.toString(),
                "--output", embedded.toString());
        assertEquals(0, embed.exitCode(), embed.err());
        List<Map<String, Object>> rows = ParquetTableReader.read(embedded.resolve("embeddings"));
        Set<Object> recordings = rows.stream().map(r -> r.get("recording_id")).collect(Collectors.toSet());
        assertEquals(Set.of("sub-01_task-checkerboard_bold", "sub-02_task-checkerboard_bold"), recordings);
        assertEquals(2 * 5, rows.size());
        assertTrue(rows.stream().allMatch(r -> "brainmae".equals(r.get("model"))
                && ((List<?>) r.get("vector")).size() == 64));
        List<Map<String, Object>> failures = ParquetTableReader.read(embedded.resolve("failures"));
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("sub-03_task-rest_bold", failures.get(0).get("recording_id"));
        assertTrue(((String) failures.get(0).get("message")).contains("fewer than one segment"), failures.toString());

        Path withEncoder = work.resolve("run-encoder");
        CommandOutput inRun = CommandOutput.of("run", "--input", TestDatasets.EXAMPLE.toString(), "--atlas",
                TestDatasets.EXAMPLE.resolveSibling("atlas/ds-mini_atlas.nii.gz").toString(), "--output",
                withEncoder.toString(), "--encoder", model.toString());
        assertEquals(0, inRun.exitCode(), inRun.err());
        assertEquals(vectors(rows), vectors(ParquetTableReader.read(withEncoder.resolve("embeddings"))));
    }

    /** The model committed under examples/models still loads and embeds the example (no architecture drift). */
    @Test
    void theBundledExampleModelEmbedsTheExample(@TempDir Path work) throws Exception {
        Path model = TestDatasets.EXAMPLE.resolveSibling("models/brainmae-ds-mini");
        CommandOutput run = CommandOutput.of("run", "--input", TestDatasets.EXAMPLE.toString(), "--atlas",
                TestDatasets.EXAMPLE.resolveSibling("atlas/ds-mini_atlas.nii.gz").toString(), "--output",
                work.toString(), "--encoder", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, Object>> rows = ParquetTableReader.read(work.resolve("embeddings"));
        assertEquals(2 * 5, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> ((List<?>) r.get("vector")).stream()
                .allMatch(v -> Float.isFinite((Float) v))));
    }

    private static Map<Object, Object> vectors(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("recording_id") + "#" + r.get("segment"),
                r -> r.get("vector")));
    }
}
