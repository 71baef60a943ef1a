package org.neurobeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.TestDatasets;

/**
 * The run job end to end on the example dataset plus four broken recordings, on the DirectRunner and on
 * an embedded Flink cluster; tables are read back with Parquet-MR's reader and checked against values
 * nibabel computed for the same files.
 */
class RunPipelineTest {

    @TempDir
    static Path work;

    static Path dataset;
    static Path directOut;
    static Path flinkOut;
    static RunSummary direct;
    static RunSummary flink;

    @BeforeAll
    static void runOnBothRunners() throws IOException {
        dataset = TestDatasets.exampleWithBadRecordings(work.resolve("dataset"));
        directOut = work.resolve("direct");
        flinkOut = work.resolve("flink");
        direct = RunPipeline.run(new RunConfig(dataset, directOut, false, List.of("test"), List.of()),
                PipelineOptionsFactory.create(), line -> { });
        FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
        options.setRunner(FlinkRunner.class);
        options.setFlinkMaster("[local]");
        options.setParallelism(2);
        flink = RunPipeline.run(new RunConfig(dataset, flinkOut, false, List.of("test"), List.of()), options, line -> { });
    }

    @Test
    void goodRecordingsMatchNibabelsReadingOfTheSameFiles() throws IOException {
        Map<String, Map<String, Object>> rows = byId(ParquetTableReader.read(directOut.resolve("recordings")));
        assertEquals(List.of("sub-01_task-checkerboard_bold", "sub-01_task-rest_eeg", "sub-02_task-checkerboard_bold",
                "sub-03_task-rest_bold"), new ArrayList<>(rows.keySet()));

        JsonNode fmri1 = SharedData.json(SharedData.file("nifti/nitime/fmri1.nii.gz.ref.json"));
        Map<String, Object> sub01 = rows.get("sub-01_task-checkerboard_bold");
        assertEquals(fmri1.get("file_sha256").asText(), sub01.get("sha256"));
        assertEquals(List.of(10, 10, 18, 40), sub01.get("shape"));
        assertEquals(zooms(fmri1, 3), sub01.get("voxel_size"));
        assertEquals(1.35, sub01.get("tr"));
        assertEquals("sidecar", sub01.get("tr_source"));
        assertEquals(1 / 1.35, (double) sub01.get("sampling_rate"), 1e-12);
        assertEquals(40L, sub01.get("n_timepoints"));
        assertEquals("bold", sub01.get("modality"));
        assertEquals("01", sub01.get("subject"));
        assertEquals("checkerboard", sub01.get("task"));
        assertEquals(34.0, sub01.get("age"));
        assertEquals("F", sub01.get("sex"));
        assertEquals("control", ((Map<?, ?>) sub01.get("demographics")).get("group"));
        assertEquals(TestDatasets.bold(dataset, "01", "checkerboard", ".nii.gz").toString(), sub01.get("path"));

        JsonNode scaled = SharedData.json(SharedData.file("nifti/derived/nibabel_scaled_int16_msec.nii.gz.ref.json"));
        assertEquals(scaled.get("file_sha256").asText(), rows.get("sub-02_task-checkerboard_bold").get("sha256"));
        assertEquals("M", rows.get("sub-02_task-checkerboard_bold").get("sex"));

        Map<String, Object> sub03 = rows.get("sub-03_task-rest_bold");
        assertEquals(List.of(128, 96, 24, 2), sub03.get("shape"));
        assertEquals(2.0, sub03.get("tr"));
        assertEquals(null, sub03.get("age"));
    }

    @Test
    void eachBrokenRecordingLandsInFailuresNamingItsFileAndField() throws IOException {
        Map<String, Map<String, Object>> failures = new HashMap<>();
        for (Map<String, Object> row : ParquetTableReader.read(directOut.resolve("failures"))) {
            failures.put((String) row.get("path"), row);
        }
        assertEquals(4, failures.size(), failures.toString());
        assertFailure(failures, TestDatasets.bold(dataset, "04", "checkerboard", ".nii.gz"), "gzip");
        assertFailure(failures, TestDatasets.bold(dataset, "05", "checkerboard", ".nii"), "sizeof_hdr");
        assertFailure(failures, TestDatasets.bold(dataset, "06", "checkerboard", ".nii"), "holds 352 bytes");
        assertFailure(failures, TestDatasets.bold(dataset, "07", "notr", ".nii.gz"), "RepetitionTime");
        assertEquals(new RunSummary(8, 0, 4, 4, 0, List.of("recordings", "failures"), directOut), direct);
    }

    @Test
    void provenanceRecordsChecksumsAndTheRepetitionTimeDisagreement() throws IOException {
        JsonNode provenance = new ObjectMapper().readTree(directOut.resolve("provenance.json").toFile());
        Path sub03 = TestDatasets.bold(dataset, "03", "rest", ".nii.gz");
        JsonNode example4d = SharedData.json(SharedData.file("nifti/nibabel/example4d.nii.gz.ref.json"));
        assertEquals(example4d.get("file_sha256").asText(), provenance.get("input_sha256").get(sub03.toString()).asText());
        assertTrue(provenance.get("input_sha256").has(dataset.resolve("task-rest_bold.json").toString()));
        boolean disagreement = false;
        for (JsonNode note : provenance.get("notes")) {
            disagreement |= note.get("path").asText().equals(sub03.toString())
                    && note.get("note").asText().contains("2000");
        }
        assertTrue(disagreement, provenance.toString());
        assertEquals("DirectRunner", provenance.get("options").get("runner").asText());
    }

    @Test
    void flinkWritesTheSameTablesAsTheDirectRunner() throws IOException {
        for (String table : List.of("recordings", "failures")) {
            assertEquals(sorted(ParquetTableReader.read(directOut.resolve(table))),
                    sorted(ParquetTableReader.read(flinkOut.resolve(table))), table);
        }
        JsonNode a = new ObjectMapper().readTree(directOut.resolve("provenance.json").toFile());
        JsonNode b = new ObjectMapper().readTree(flinkOut.resolve("provenance.json").toFile());
        assertEquals(a.get("input_sha256"), b.get("input_sha256"));
        assertEquals(a.get("notes"), b.get("notes"));
        assertEquals(direct.read(), flink.read());
        assertEquals(direct.failed(), flink.failed());
    }

    private static void assertFailure(Map<String, Map<String, Object>> failures, Path file, String expected) {
        Map<String, Object> row = failures.get(file.toString());
        assertTrue(row != null, "no failure row for " + file + " in " + failures.keySet());
        assertEquals("read", row.get("stage"));
        String message = (String) row.get("message");
        assertTrue(message.contains(file.toString()) && message.contains(expected), message);
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        rows.forEach(r -> byId.put((String) r.get("recording_id"), r));
        return byId;
    }

    private static List<String> sorted(List<Map<String, Object>> rows) {
        List<String> text = new ArrayList<>();
        rows.forEach(r -> text.add(r.toString()));
        text.sort(Comparator.naturalOrder());
        return text;
    }

    private static List<Double> zooms(JsonNode ref, int n) {
        List<Double> zooms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            zooms.add(ref.get("header").get("zooms").get(i).asDouble());
        }
        return zooms;
    }
}
