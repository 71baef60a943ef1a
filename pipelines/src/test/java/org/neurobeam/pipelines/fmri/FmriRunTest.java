package org.neurobeam.pipelines.fmri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.connectome.statics.CovarianceEstimator;
import org.neurobeam.ingest.nifti.NiftiReader;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.TestDatasets;
import org.neurobeam.pipelines.run.RunConfig;
import org.neurobeam.pipelines.run.RunPipeline;
import org.neurobeam.preprocess.signal.Standardize;

/**
 * The fMRI stages on the bundled example and its atlas, against numpy/scipy/scikit-learn values computed
 * from the same files by {@code src/test/resources/fmri/make_example_reference.py}, on Direct and Flink.
 */
class FmriRunTest {

    static final Path ATLAS = TestDatasets.EXAMPLE.resolveSibling("atlas").resolve("ds-mini_atlas.nii.gz");
    static final Path LABELS = TestDatasets.EXAMPLE.resolveSibling("atlas").resolve("ds-mini_atlas.tsv");

    @TempDir
    static Path work;

    static JsonNode reference;

    @BeforeAll
    static void runExample() throws IOException {
        reference = new ObjectMapper().readTree(FmriRunTest.class.getResourceAsStream("/fmri/example_reference.json"))
                .get("runs");
        FmriSettings defaults = settings(true, Standardize.ZSCORE_SAMPLE, List.of(ConnectivityKind.CORRELATION,
                ConnectivityKind.PARTIAL_CORRELATION, ConnectivityKind.TANGENT));
        run(defaults, "direct", PipelineOptionsFactory.create());
        FlinkPipelineOptions flink = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
        flink.setRunner(FlinkRunner.class);
        flink.setFlinkMaster("[local]");
        flink.setParallelism(2);
        run(defaults, "flink", flink);
        run(settings(false, Standardize.NONE, List.of(ConnectivityKind.COVARIANCE)), "plain",
                PipelineOptionsFactory.create());
    }

    @Test
    void withoutCleaningRegionSignalsAreThePlainLabelMeans() throws IOException {
        for (Map<String, Object> row : ParquetTableReader.read(work.resolve("plain/region_timeseries"))) {
            JsonNode run = reference.get((String) row.get("recording_id"));
            if (run == null) {
                continue;
            }
            int column = position(run.get("regions"), (Integer) row.get("region"));
            assertClose(run.get("region_means").get(column), row.get("values"), 1e-10);
        }
    }

    @Test
    void cleanedSignalsAndCorrelationsMatchScipyAndScikitLearn() throws IOException {
        int compared = 0;
        for (Map<String, Object> row : ParquetTableReader.read(work.resolve("direct/region_timeseries"))) {
            JsonNode run = reference.get((String) row.get("recording_id"));
            if (run != null) {
                int column = position(run.get("regions"), (Integer) row.get("region"));
                assertClose(run.get("cleaned").get(column), row.get("values"), 1e-10);
                assertEquals(1.35, row.get("tr"));
                compared++;
            }
        }
        assertEquals(8, compared);
        compared = 0;
        for (Map<String, Object> row : ParquetTableReader.read(work.resolve("direct/connectivity"))) {
            JsonNode run = reference.get((String) row.get("recording_id"));
            if (run != null && row.get("kind").equals("correlation")) {
                assertEquals("ledoit-wolf", row.get("estimator"));
                double expected = run.get("correlation_ledoit_wolf").get((Integer) row.get("i")).get((Integer) row.get("j"))
                        .asDouble();
                assertEquals(expected, (Double) row.get("value"), 1e-10);
                assertEquals(run.get("regions").get((Integer) row.get("i")).asInt(), row.get("region_i"));
                compared++;
            }
        }
        assertEquals(2 * 10, compared, "4 regions: 10 pairs with i <= j per run");
    }

    @Test
    void tangentSpaceIsComputedOverTheRunsThatShareRegions() throws IOException {
        long tangentRows = ParquetTableReader.read(work.resolve("direct/connectivity")).stream()
                .filter(r -> r.get("kind").equals("tangent")).count();
        assertEquals(2 * 10, tangentRows, "sub-01 and sub-02 share regions 1-4; sub-03 alone has 5-8");
        assertTrue(ParquetTableReader.read(work.resolve("direct/failures")).stream()
                .anyMatch(r -> r.get("error").equals("TangentNeedsGroup")
                        && ((String) r.get("path")).endsWith("sub-03_task-rest_bold.nii.gz")));
    }

    @Test
    void glmContrastsExistForRunsWithEvents() throws IOException {
        List<Map<String, Object>> rows = ParquetTableReader.read(work.resolve("direct/glm_contrasts"));
        assertEquals(2 * 4, rows.size(), "one contrast (checkerboard) x 4 regions x 2 runs with events");
        for (Map<String, Object> row : rows) {
            assertEquals("checkerboard", row.get("contrast"));
            double t = (Double) row.get("t");
            assertEquals(t, (Double) row.get("effect") / (Double) row.get("stderr"), 1e-9 * Math.abs(t) + 1e-12);
            assertTrue((Double) row.get("p") > 0 && (Double) row.get("p") < 1);
        }
    }

    @Test
    void glmMapsAreWrittenOnTheBoldGridForRunsWithEvents() throws IOException {
        Path maps = work.resolve("direct/maps");
        for (String run : List.of("sub-01_task-checkerboard", "sub-02_task-checkerboard")) {
            for (String stat : List.of("effect", "t", "z")) {
                Path map = maps.resolve(run + "_contrast-checkerboard_stat-" + stat + "_statmap.nii.gz");
                try (NiftiReader reader = NiftiReader.open(map)) {
                    assertArrayEquals(new int[] {10, 10, 18}, reader.header().shape());
                    double[] values = reader.readVolume(0);
                    assertTrue(Arrays.stream(values).filter(Double::isFinite).count() > 1000, map.toString());
                }
            }
        }
        try (NiftiReader effect = NiftiReader.open(maps.resolve("sub-01_task-checkerboard_contrast-checkerboard_stat-effect_statmap.nii.gz"));
                NiftiReader t = NiftiReader.open(maps.resolve("sub-01_task-checkerboard_contrast-checkerboard_stat-t_statmap.nii.gz"))) {
            assertTrue(effect.readVolume(0)[555] * t.readVolume(0)[555] >= 0, "effect and t share their sign");
        }
    }

    @Test
    void flinkWritesTheSameTablesAsTheDirectRunner() throws IOException {
        for (String table : List.of("recordings", "region_timeseries", "connectivity", "glm_contrasts", "failures")) {
            assertEquals(sorted(work.resolve("direct").resolve(table)), sorted(work.resolve("flink").resolve(table)),
                    table);
        }
        try (var maps = Files.list(work.resolve("direct/maps"))) {
            for (Path map : maps.toList()) {
                assertArrayEquals(Files.readAllBytes(map),
                        Files.readAllBytes(work.resolve("flink/maps").resolve(map.getFileName())), map.toString());
            }
        }
    }

    static FmriSettings settings(boolean detrend, Standardize standardize, List<ConnectivityKind> kinds) {
        return new FmriSettings(ATLAS.toString(), LABELS.toString(), null, detrend, standardize, null, null, null,
                kinds, CovarianceEstimator.LEDOIT_WOLF, true, "glover", List.of());
    }

    private static void run(FmriSettings settings, String name, PipelineOptions options) throws IOException {
        RunPipeline.run(new RunConfig(TestDatasets.EXAMPLE, work.resolve(name), false, List.of("test"), List.of(new FmriStage(settings, work.resolve(name), null))),
                options, line -> { });
    }

    private static int position(JsonNode regions, int label) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).asInt() == label) {
                return i;
            }
        }
        throw new AssertionError("region " + label + " not in the reference " + regions);
    }

    private static void assertClose(JsonNode expected, Object actual, double relative) {
        List<?> values = (List<?>) actual;
        assertEquals(expected.size(), values.size());
        for (int t = 0; t < values.size(); t++) {
            double e = expected.get(t).asDouble();
            assertEquals(e, (Double) values.get(t), relative * Math.max(1, Math.abs(e)), "t=" + t);
        }
    }

    private static List<String> sorted(Path table) throws IOException {
        List<String> rows = new ArrayList<>();
        ParquetTableReader.read(table).forEach(r -> rows.add(r.toString()));
        rows.sort(null);
        return rows;
    }
}
