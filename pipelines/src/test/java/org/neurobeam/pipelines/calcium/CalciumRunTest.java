package org.neurobeam.pipelines.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyDtype;
import org.neurobeam.ingest.npy.NpyType;
import org.neurobeam.ingest.npy.NpyWriter;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.run.RunConfig;
import org.neurobeam.pipelines.run.RunPipeline;
import org.neurobeam.preprocess.calcium.BaselineMethod;

/**
 * {@code run} on a manifest of a suite2p plane, its NWB twin, an NWB file with units, a CSV matrix and a broken
 * plane copy, against calcium.ref.json (numpy) and hand-counted spikes, on Direct and Flink.
 */
class CalciumRunTest {

    static final Path PLANE = SharedData.file("calcium/suite2p/plane0");
    static final Path OPHYS = SharedData.file("calcium/ophys_constructed.nwb");

    @TempDir
    static Path work;

    static JsonNode ref;

    @BeforeAll
    static void run() throws IOException {
        ref = new ObjectMapper().readTree(SharedData.file("calcium/calcium.ref.json").toFile());
        Path bad = Files.createDirectories(work.resolve("bad/plane0"));
        try (var files = Files.list(PLANE)) {
            for (Path f : files.toList()) {
                Files.copy(f, bad.resolve(f.getFileName()));
            }
        }
        Files.delete(bad.resolve("Fneu.npy"));
        NpyWriter.write(bad.resolve("Fneu.npy"), NpyArray.ofDoubles(NpyDtype.of(NpyType.FLOAT32), new long[] {12, 899},
                new double[12 * 899]), false);
        Path units = work.resolve("units.nwb");
        Files.copy(CalciumRunTest.class.getResourceAsStream("/calcium/ephys_constructed.nwb"), units);
        Files.writeString(work.resolve("matrix.csv"), "a,b\n1,4\n2,5\n3,6\n");
        Path manifest = work.resolve("manifest.csv");
        Files.writeString(manifest, String.join("\n",
                "path,modality,recording_id,subject,sampling_rate",
                PLANE + ",,s2p,01,",
                OPHYS + ",calcium,ophys,01,",
                units + ",spikes,units,02,",
                bad + ",calcium,bad,03,",
                "matrix.csv,calcium,matrix,04,10", ""));
        CalciumSettings settings = new CalciumSettings(0.7, BaselineMethod.CONSTANT_PERCENTILE, 60, 10, 0.5, true);
        run(manifest, settings, "direct", PipelineOptionsFactory.create());
        FlinkPipelineOptions flink = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
        flink.setRunner(FlinkRunner.class);
        flink.setFlinkMaster("[local]");
        flink.setParallelism(2);
        run(manifest, settings, "flink", flink);
    }

    private static void run(Path manifest, CalciumSettings settings, String name, PipelineOptions options)
            throws IOException {
        RunPipeline.run(new RunConfig(manifest, work.resolve(name), false, List.of("test"),
                List.of(new CalciumStage(settings))), options, line -> { });
    }

    @Test
    void suite2pTracesMatchNumpy() throws IOException {
        Map<String, String> refKinds = Map.of("F", "F", "Fneu", "Fneu", "Fc", "neuropil_corrected",
                "dff", "dff_percentile8");
        int compared = 0;
        List<Integer> units = new ArrayList<>();
        for (Map<String, Object> row : traces("s2p")) {
            int unit = (Integer) row.get("unit");
            String kind = (String) row.get("kind");
            assertEquals(30.0, row.get("rate"));
            assertEquals(900, ((List<?>) row.get("values")).size());
            if (kind.equals("F")) {
                units.add(unit);
                assertEquals("roi" + unit, row.get("label"));
            }
            if (refKinds.containsKey(kind)) {
                assertFirst10(ref.get(refKinds.get(kind)).get("first_10").get(unit), row.get("values"), kind);
                compared++;
            }
        }
        units.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), units, "--cells-only keeps iscell's 10 cells");
        assertEquals(10 * 4, compared);
    }

    @Test
    void nwbTracesEqualTheSuite2pFiles() throws IOException {
        int compared = 0;
        for (Map<String, Object> row : traces("ophys")) {
            String kind = (String) row.get("kind");
            int unit = (Integer) row.get("unit");
            assertEquals(30.0, row.get("rate"));
            if (kind.equals("F") || kind.equals("Fneu") || kind.equals("dff")) {
                String key = kind.equals("dff") ? "dff_percentile8" : kind;
                assertFirst10(ref.get(key).get("first_10").get(unit), row.get("values"), kind);
                compared++;
            }
        }
        assertEquals(12 * 3, compared, "NWB has no iscell: all 12 ROIs");
    }

    @Test
    void recordingsRowsDescribeEachFormat() throws IOException {
        Map<String, Map<String, Object>> rows = ParquetTableReader.read(work.resolve("direct/recordings")).stream()
                .collect(Collectors.toMap(r -> (String) r.get("recording_id"), r -> r));
        assertEquals(List.of(12, 900), rows.get("s2p").get("shape"));
        assertEquals(30.0, rows.get("s2p").get("sampling_rate"));
        assertEquals(900L, rows.get("s2p").get("n_timepoints"));
        assertEquals("calcium", rows.get("s2p").get("modality"));
        assertEquals(ref.get("files").get("suite2p/plane0/F.npy").get("sha256").asText(), rows.get("s2p").get("sha256"));
        assertEquals(ref.get("nwb").get("sha256").asText(), rows.get("ophys").get("sha256"));
        assertEquals(List.of(12, 900), rows.get("ophys").get("shape"));
        assertEquals(List.of(4), rows.get("units").get("shape"));
        assertEquals(5L + 8 + 11 + 14, rows.get("units").get("n_timepoints"));
        assertEquals(10.0, rows.get("matrix").get("sampling_rate"));
        assertEquals(List.of(2, 3), rows.get("matrix").get("shape"));
    }

    @Test
    void matrixDffUsesTheEighthPercentile() throws IOException {
        double f0 = 1 + 0.08 * 2;
        for (Map<String, Object> row : traces("matrix")) {
            if (row.get("kind").equals("dff") && row.get("label").equals("a")) {
                List<?> values = (List<?>) row.get("values");
                for (int t = 0; t < 3; t++) {
                    assertEquals((t + 1 - f0) / f0, (Double) values.get(t), 1e-12);
                }
                return;
            }
        }
        throw new AssertionError("no dff row for column a");
    }

    @Test
    void spikesAndBinnedCountsOfNwbUnits() throws IOException {
        Map<Long, List<?>> times = ParquetTableReader.read(work.resolve("direct/spikes")).stream()
                .collect(Collectors.toMap(r -> (Long) r.get("unit"), r -> (List<?>) r.get("times")));
        assertEquals(List.of(0.5, 0.75, 1.0, 1.25, 1.5), times.get(0L));
        assertEquals(14, times.get(3L).size());
        Map<Long, List<?>> counts = ParquetTableReader.read(work.resolve("direct/binned_counts")).stream()
                .collect(Collectors.toMap(r -> (Long) r.get("unit"), r -> (List<?>) r.get("counts")));
        // unit u fires at 0.5 + u + 0.25 k, k < 5 + 3u; last spike 6.75 s: 14 bins of 0.5 s over [0, 7)
        assertEquals(List.of(0, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), counts.get(0L));
        assertEquals(List.of(0, 0, 0, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0), counts.get(1L));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2), counts.get(3L));
    }

    @Test
    void mismatchedTracesFailTheReadNamingTheFile() throws IOException {
        List<Map<String, Object>> failures = ParquetTableReader.read(work.resolve("direct/failures"));
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(work.resolve("bad/plane0").toString(), failures.get(0).get("path"));
        assertEquals("read", failures.get(0).get("stage"));
        assertTrue(((String) failures.get(0).get("message")).contains("Fneu.npy"), failures.toString());
    }

    @Test
    void flinkWritesTheSameTablesAsTheDirectRunner() throws IOException {
        for (String table : List.of("recordings", "traces", "spikes", "binned_counts", "failures")) {
            assertEquals(sorted(work.resolve("direct").resolve(table)), sorted(work.resolve("flink").resolve(table)),
                    table);
        }
    }

    private static List<Map<String, Object>> traces(String recording) throws IOException {
        return ParquetTableReader.read(work.resolve("direct/traces")).stream()
                .filter(r -> r.get("recording_id").equals(recording)).toList();
    }

    private static void assertFirst10(JsonNode expected, Object actual, String kind) {
        List<?> values = (List<?>) actual;
        for (int t = 0; t < 10; t++) {
            double e = expected.get(t).asDouble();
            assertEquals(e, (Double) values.get(t), 1e-9 * Math.max(1, Math.abs(e)), kind + " t=" + t);
        }
    }

    private static List<String> sorted(Path table) throws IOException {
        List<String> rows = new ArrayList<>();
        ParquetTableReader.read(table).forEach(r -> rows.add(r.toString()));
        rows.sort(null);
        return rows;
    }
}
