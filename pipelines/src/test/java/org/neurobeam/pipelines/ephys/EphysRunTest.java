package org.neurobeam.pipelines.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.TestDatasets;
import org.neurobeam.pipelines.run.RunConfig;
import org.neurobeam.pipelines.run.RunPipeline;

/**
 * The EEG stage on a small BIDS dataset (the example's EDF+, the corpus's BDF+ with a bad channel and
 * events, a truncated EDF), on Direct and Flink. Band power is compared with scipy's Welch computed by
 * {@code src/test/resources/ephys/make_band_power_reference.py} from the same files.
 */
class EphysRunTest {

    @TempDir
    static Path work;

    static Path dataset;

    @BeforeAll
    static void run() throws IOException {
        dataset = work.resolve("ds");
        Files.createDirectories(dataset);
        Files.writeString(dataset.resolve("dataset_description.json"), "{\"Name\": \"ephys\", \"BIDSVersion\": \"1.8.0\"}");
        Path example = TestDatasets.EXAMPLE.resolve("sub-01/eeg");
        Path sub01 = Files.createDirectories(dataset.resolve("sub-01/eeg"));
        for (String name : List.of("sub-01_task-rest_eeg.edf", "sub-01_task-rest_eeg.json", "sub-01_task-rest_channels.tsv")) {
            Files.copy(example.resolve(name), sub01.resolve(name));
        }
        Path sub02 = Files.createDirectories(dataset.resolve("sub-02/eeg"));
        Files.copy(SharedData.file("eeg/sim_bdfplus.bdf"), sub02.resolve("sub-02_task-tone_eeg.bdf"));
        Files.writeString(sub02.resolve("sub-02_task-tone_eeg.json"),
                "{\"TaskName\": \"tone\", \"SamplingFrequency\": 512, \"PowerLineFrequency\": 50,"
                        + " \"EEGReference\": \"n/a\", \"SoftwareFilters\": \"n/a\"}");
        Files.writeString(sub02.resolve("sub-02_task-tone_channels.tsv"), "name\ttype\tunits\tstatus\n"
                + "Fz\tEEG\tuV\tgood\nCz\tEEG\tuV\tgood\nEXG1\tEEG\tmV\tbad\nGSR\tGSR\tuS\tgood\n");
        Files.writeString(sub02.resolve("sub-02_task-tone_events.tsv"),
                "onset\tduration\ttrial_type\n0.5\t0.1\ttone\n1.5\t0.1\ttone\n2.5\t0.1\tprobe\n");
        Path sub03 = Files.createDirectories(dataset.resolve("sub-03/eeg"));
        byte[] edf = Files.readAllBytes(SharedData.file("eeg/sim_edfplus.edf"));
        Files.write(sub03.resolve("sub-03_task-rest_eeg.edf"), Arrays.copyOf(edf, edf.length - 1000));

        EphysSettings epochs = new EphysSettings(null, null, false, "none", 0.05, 0.25, null);
        run("direct", epochs, PipelineOptionsFactory.create());
        FlinkPipelineOptions flink = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
        flink.setRunner(FlinkRunner.class);
        flink.setFlinkMaster("[local]");
        flink.setParallelism(2);
        run("flink", epochs, flink);
        run("average", new EphysSettings(null, null, false, "average", null, null, null), PipelineOptionsFactory.create());
        run("filtered", new EphysSettings(null, 15.0, true, "none", null, null, null), PipelineOptionsFactory.create());
    }

    @Test
    void bandPowerMatchesScipyWelch() throws IOException {
        JsonNode reference = new ObjectMapper().readTree(EphysRunTest.class.getResourceAsStream(
                "/ephys/band_power_reference.json")).get("files");
        Map<String, String> files = Map.of("sub-01_task-rest_eeg", "sim_edfplus.edf", "sub-02_task-tone_eeg",
                "sim_bdfplus.bdf");
        int compared = 0;
        for (Map<String, Object> row : ParquetTableReader.read(work.resolve("direct/band_power"))) {
            JsonNode expected = reference.get(files.get((String) row.get("recording_id")))
                    .get((String) row.get("channel")).get((String) row.get("band"));
            assertEquals(expected.get("fmin").asDouble(), (Double) row.get("fmin"));
            assertEquals(expected.get("fmax").asDouble(), (Double) row.get("fmax"));
            double power = expected.get("power").asDouble();
            assertEquals(power, (Double) row.get("power"), 1e-9 * power, row.toString());
            assertEquals(expected.get("relative_power").asDouble(), (Double) row.get("relative_power"), 1e-9,
                    row.toString());
            compared++;
        }
        assertEquals((2 + 3) * 5, compared, "EEG channels (ECG, Resp, Temp, GSR are not analysed) x 5 bands");
    }

    @Test
    void aPureSineHoldsItsBandsPower() throws IOException {
        Map<String, Object> theta = ParquetTableReader.read(work.resolve("direct/band_power")).stream()
                .filter(r -> r.get("channel").equals("Cz") && r.get("band").equals("theta")).findFirst().orElseThrow();
        assertTrue((Double) theta.get("relative_power") > 0.998, "Cz: 80 uV at 6 Hz plus 3 uV noise: " + theta);
        assertEquals(80e-6 * 80e-6 / 2, (Double) theta.get("power"), 0.02 * 80e-6 * 80e-6 / 2);
    }

    @Test
    void channelsCarryTypesRatesUnitsAndBadStatus() throws IOException {
        List<String> rows = ParquetTableReader.read(work.resolve("direct/channels")).stream()
                .map(r -> r.get("recording_id") + "|" + r.get("name") + "|" + r.get("type") + "|" + r.get("unit") + "|"
                        + r.get("sfreq") + "|" + r.get("status"))
                .sorted().toList();
        assertEquals(List.of("sub-01_task-rest_eeg|ECG|ecg|V|128.0|good", "sub-01_task-rest_eeg|EEG Fp1|eeg|V|256.0|good",
                "sub-01_task-rest_eeg|EEG O2|eeg|V|256.0|good", "sub-01_task-rest_eeg|Resp|resp|V|32.0|good",
                "sub-01_task-rest_eeg|Temp|temp|degC|8.0|good", "sub-02_task-tone_eeg|Cz|eeg|V|256.0|good",
                "sub-02_task-tone_eeg|EXG1|eeg|V|128.0|bad", "sub-02_task-tone_eeg|Fz|eeg|V|512.0|good",
                "sub-02_task-tone_eeg|GSR|gsr|uS|64.0|good"), rows);
    }

    @Test
    void eventsComeFromAnnotationsAndEventsTsv() throws IOException {
        List<Map<String, Object>> rows = ParquetTableReader.read(work.resolve("direct/events"));
        for (String file : List.of("eeg/sim_edfplus.edf", "eeg/sim_bdfplus.bdf")) {
            String id = file.contains("edf") ? "sub-01_task-rest_eeg" : "sub-02_task-tone_eeg";
            JsonNode annotations = new ObjectMapper().readTree(SharedData.file(file + ".ref.json").toFile())
                    .get("edflib_readback").get("annotations");
            List<Map<String, Object>> got = rows.stream().filter(r -> r.get("recording_id").equals(id)
                    && r.get("source").equals("annotation")).sorted((a, b) -> Double.compare((Double) a.get("onset"),
                    (Double) b.get("onset"))).toList();
            assertEquals(annotations.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(annotations.get(i).get("onset_s").asDouble(), (Double) got.get(i).get("onset"), 1e-9);
                assertEquals(annotations.get(i).get("text").asText(), got.get(i).get("description"));
            }
        }
        assertEquals("0.5 tone,1.5 tone,2.5 probe", rows.stream().filter(r -> r.get("source").equals("events.tsv"))
                .sorted((a, b) -> Double.compare((Double) a.get("onset"), (Double) b.get("onset")))
                .map(r -> r.get("onset") + " " + r.get("description")).collect(Collectors.joining(",")));
    }

    @Test
    void epochsAreCutAroundEventsTsvOnsetsPerRate() throws IOException {
        List<Map<String, Object>> rows = ParquetTableReader.read(work.resolve("direct/epochs"));
        assertTrue(rows.stream().allMatch(r -> r.get("recording_id").equals("sub-02_task-tone_eeg")),
                "sub-01 has neither events.tsv nor triggers");
        assertEquals(3 * 3, rows.size(), "3 events x Fz, Cz, EXG1");
        for (Map<String, Object> row : rows) {
            double sfreq = (Double) row.get("sfreq");
            long first = Math.round(0.05 * sfreq);
            assertEquals(first / sfreq, (Double) row.get("tmin"), 1e-12);
            assertEquals(Math.round(0.25 * sfreq) - first + 1, ((List<?>) row.get("values")).size());
            assertEquals((Integer) row.get("epoch") == 2 ? "probe" : "tone", row.get("event"));
        }
    }

    @Test
    void averageReferenceOfTwoChannelsLeavesMirrorImages() throws IOException {
        Map<String, Double> alpha = ParquetTableReader.read(work.resolve("average/band_power")).stream()
                .filter(r -> r.get("recording_id").equals("sub-01_task-rest_eeg") && r.get("band").equals("alpha"))
                .collect(Collectors.toMap(r -> (String) r.get("channel"), r -> (Double) r.get("power")));
        assertEquals(alpha.get("EEG Fp1"), alpha.get("EEG O2"), 1e-12 * alpha.get("EEG O2"),
                "(Fp1 - O2) / 2 and (O2 - Fp1) / 2 have the same spectrum");
    }

    @Test
    void lowPassRemovesTheBetaSineAndFiltersGoToProvenance() throws IOException {
        double raw = betaPower("direct", "EEG O2");
        double filtered = betaPower("filtered", "EEG O2");
        assertTrue(filtered < 0.01 * raw, "O2's 23 Hz sine is in the stop band of a 15 Hz low-pass (stop from 18.75 Hz): " + filtered + " vs " + raw);
        String provenance = Files.readString(work.resolve("filtered/provenance.json"));
        assertTrue(provenance.contains("filter: FilterDescription[method=fir"), provenance);
        assertTrue(provenance.contains("notch: FilterDescription[method=fir"), provenance);
    }

    @Test
    void aTruncatedEdfFailsItsReadNamingTheFile() throws IOException {
        List<Map<String, Object>> failures = ParquetTableReader.read(work.resolve("direct/failures"));
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("read", failures.get(0).get("stage"));
        assertTrue(((String) failures.get(0).get("path")).endsWith("sub-03_task-rest_eeg.edf"));
        assertTrue(((String) failures.get(0).get("message")).contains("sub-03_task-rest_eeg.edf"), failures.toString());
    }

    @Test
    void flinkWritesTheSameTablesAsTheDirectRunner() throws IOException {
        for (String table : List.of("recordings", "channels", "events", "band_power", "epochs", "failures")) {
            assertEquals(sorted(work.resolve("direct").resolve(table)), sorted(work.resolve("flink").resolve(table)),
                    table);
        }
    }

    @Test
    void recordingsRowsDescribeTheFastestRate() throws IOException {
        Map<String, Map<String, Object>> rows = ParquetTableReader.read(work.resolve("direct/recordings")).stream()
                .collect(Collectors.toMap(r -> (String) r.get("recording_id"), r -> r));
        assertEquals(List.of(5, 1280), rows.get("sub-01_task-rest_eeg").get("shape"));
        assertEquals(256.0, rows.get("sub-01_task-rest_eeg").get("sampling_rate"));
        assertEquals(List.of(4, 2048), rows.get("sub-02_task-tone_eeg").get("shape"));
        assertEquals(2048L, rows.get("sub-02_task-tone_eeg").get("n_timepoints"));
        assertEquals("eeg", rows.get("sub-02_task-tone_eeg").get("modality"));
        assertEquals("c2a424b45a52242abc9cc1e02a3769299594122066e625c03d6543e6eb727192",
                rows.get("sub-02_task-tone_eeg").get("sha256"), "sim_bdfplus.bdf.ref.json file_sha256");
        assertEquals(null, rows.get("sub-02_task-tone_eeg").get("tr"));
    }

    private static double betaPower(String run, String channel) throws IOException {
        return ParquetTableReader.read(work.resolve(run).resolve("band_power")).stream()
                .filter(r -> r.get("channel").equals(channel) && r.get("band").equals("beta"))
                .mapToDouble(r -> (Double) r.get("power")).findFirst().orElseThrow();
    }

    private static List<String> sorted(Path table) throws IOException {
        return ParquetTableReader.read(table).stream().map(Object::toString).sorted().toList();
    }

    private static void run(String name, EphysSettings settings, PipelineOptions options) throws IOException {
        RunPipeline.run(new RunConfig(dataset, work.resolve(name), false, List.of("test"),
                List.of(new EphysStage(settings))), options, line -> { });
    }
}
