package org.neurobeam.pipelines.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.states.StateMetrics;
import org.neurobeam.connectome.states.SyntheticConfig;
import org.neurobeam.connectome.states.SyntheticData;
import org.neurobeam.connectome.states.SyntheticGenerator;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.CommandOutput;
import org.neurobeam.pipelines.dynamic.RunOutputs;
import org.neurobeam.pipelines.tables.BinnedCountsTable;

/**
 * {@code neurobeam states} on a {@code run} output's {@code binned_counts} (two recordings drawn from the paper's
 * generator, 2 states × 6 units × 800 bins, planted paths), an NWB file's units and counts matrices: the planted
 * states recovered from the HMM-GLM's state_paths (≥ 0.9 of the bins; the one-hot model is fitted too, for the
 * tables, but with one restart on 600 training bins it can stop in a poor optimum, so its accuracy is not
 * asserted here: connectome's SyntheticExperimentTest checks it at a size where it is stable), identical tables on
 * Direct (twice) and embedded Flink, every bin covered, refused recordings as failures rows while the others
 * complete, usage errors.
 */
class StatesCommandTest {

    private static final int BINS = 800;

    @TempDir
    static Path tmp;

    private static Path input;
    private static final Map<String, SyntheticData> PLANTED = new HashMap<>();

    @BeforeAll
    static void plant() throws IOException {
        input = tmp.resolve("run");
        List<Row> rows = new ArrayList<>();
        for (String id : List.of("rat-1", "rat-2")) {
            SyntheticData data = SyntheticGenerator.generate(new SyntheticConfig(2, 6, 1, BINS, 0.4, 0.5, 2.0, 0.99,
                    org.neurobeam.connectome.states.Link.SCALED_SIGMOID,
                    org.neurobeam.connectome.states.HistoryBasis.paperDefault(), id.hashCode()));
            PLANTED.put(id, data);
            double[][] counts = data.sequences().get(0);
            for (int u = 0; u < 6; u++) {
                int[] column = new int[BINS];
                for (int t = 0; t < BINS; t++) {
                    column[t] = (int) counts[t][u];
                }
                rows.add(BinnedCountsTable.row(id, 0.02, 10 + u, column));
            }
        }
        RunOutputs.write(input, BinnedCountsTable.NAME, BinnedCountsTable.SCHEMA, rows);
    }

    @Test
    void sameTablesOnDirectAndFlinkAndPlantedStatesRecovered() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path flink = tmp.resolve("flink");
        for (Path out : List.of(a, b, flink)) {
            List<String> args = new ArrayList<>(List.of("states", "--input", input.toString(), "--output",
                    out.toString(), "--model", "hmm-glm,onehot", "--states", "2", "--restarts", "1", "--seed", "4",
                    "--heldout-fraction", "0.25"));
            if (out.equals(flink)) {
                args.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
            }
            CommandOutput run = CommandOutput.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("done: 4 of 4 fits, 0 failures"), run.out());
        }
        for (String table : StatesOutput.TABLES.keySet()) {
            List<String> first = sorted(a.resolve(table));
            assertEquals(first, sorted(b.resolve(table)), table);
            assertEquals(first, sorted(flink.resolve(table)), table);
            assertTrue(!first.isEmpty() || table.equals("failures"), table);
        }
        List<Map<String, Object>> paths = ParquetTableReader.read(a.resolve("state_paths"));
        List<Map<String, Object>> posteriors = ParquetTableReader.read(a.resolve("state_posteriors"));
        for (String id : PLANTED.keySet()) {
            for (String model : List.of("hmm-glm", "onehot")) {
                int[] decoded = new int[BINS];
                Arrays.fill(decoded, -1);
                double[] mass = new double[BINS];
                paths.stream().filter(r -> r.get("recording_id").equals(id) && r.get("model").equals(model))
                        .forEach(r -> decoded[(Integer) r.get("t")] = (Integer) r.get("state"));
                posteriors.stream().filter(r -> r.get("recording_id").equals(id) && r.get("model").equals(model))
                        .forEach(r -> mass[(Integer) r.get("t")] += (Double) r.get("probability"));
                assertTrue(Arrays.stream(decoded).allMatch(s -> s >= 0), "every bin has a state");
                assertTrue(Arrays.stream(mass).allMatch(m -> Math.abs(m - 1) < 1e-9), "posteriors sum to 1");
                List<int[]> truth = List.of(PLANTED.get(id).statePaths().get(0));
                double accuracy = StateMetrics.accuracy(truth, List.of(decoded),
                        StateMetrics.matchStates(truth, List.of(decoded), 2));
                if (model.equals("hmm-glm")) {
                    assertTrue(accuracy >= 0.9, id + " " + model + ": accuracy " + accuracy);
                }
            }
        }
        List<Map<String, Object>> fit = ParquetTableReader.read(a.resolve("state_fit"));
        assertTrue(fit.stream().allMatch(r -> r.get("heldout_ll") != null && (Double) r.get("heldout_ll") < 0));
        assertEquals(new TreeSet<>(List.of(10L, 11L, 12L, 13L, 14L, 15L)),
                new TreeSet<>(ParquetTableReader.read(a.resolve("state_glm_weights")).stream()
                        .map(r -> (Long) r.get("post_unit")).toList()));
    }

    @Test
    void refusedRecordingsBecomeFailuresRows() throws Exception {
        Path run = tmp.resolve("mixed");
        List<Row> rows = new ArrayList<>();
        double[][] counts = PLANTED.get("rat-1").sequences().get(0);
        for (int u = 0; u < 3; u++) {
            int[] column = new int[BINS];
            for (int t = 0; t < BINS; t++) {
                column[t] = u == 2 ? 0 : (int) counts[t][u];
            }
            rows.add(BinnedCountsTable.row("good", 0.02, u, column));
        }
        rows.add(BinnedCountsTable.row("short", 0.02, 0, new int[] {1, 0}));
        RunOutputs.write(run, BinnedCountsTable.NAME, BinnedCountsTable.SCHEMA, rows);
        Path out = tmp.resolve("mixed-out");
        CommandOutput result = CommandOutput.of("states", "--input", run.toString(), "--output", out.toString(),
                "--states", "3", "--restarts", "1");
        assertEquals(0, result.exitCode(), result.err());
        List<Map<String, Object>> failures = ParquetTableReader.read(out.resolve("failures"));
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(((String) failures.get(0).get("message"))
                .contains("recording short, model hmm-glm: states: 3 states exceed the 2 bins available"),
                failures.toString());
        assertTrue(ParquetTableReader.read(out.resolve("state_glm_weights")).stream()
                .allMatch(r -> r.get("recording_id").equals("good") && !Long.valueOf(2).equals(r.get("pre_unit"))
                        && (Long) r.get("post_unit") < 2));
        String provenance = Files.readString(out.resolve("provenance.json"));
        assertTrue(provenance.replaceAll("\\s", "").contains("\"good\":{\"silent_units_left_out\":[2]}"),
                provenance);
    }

    @Test
    void countsMatricesAndNwbUnits() throws Exception {
        Path csv = tmp.resolve("negative.csv");
        Files.writeString(csv, "a,b\n1,0\n0,2\n-1,1\n2,0\n");
        Path out = tmp.resolve("csv-out");
        CommandOutput run = CommandOutput.of("states", "--input", csv.toString(), "--output", out.toString(),
                "--states", "2", "--restarts", "1");
        assertEquals(1, run.exitCode(), run.out());
        Map<String, Object> failure = ParquetTableReader.read(out.resolve("failures")).get(0);
        assertEquals(csv.toString(), failure.get("path"));
        assertTrue(((String) failure.get("message")).contains("Poisson counts must be non-negative integers;"
                + " sequence 0 bin 2 unit 0 is -1.0"), failure.toString());

        Path nwb = tmp.resolve("units.nwb");
        Files.copy(StatesCommandTest.class.getResourceAsStream("/calcium/ephys_constructed.nwb"), nwb);
        out = tmp.resolve("nwb-out");
        run = CommandOutput.of("states", "--input", nwb.toString(), "--output", out.toString(), "--states", "2",
                "--bin-width", "0.25", "--restarts", "1", "--model", "gaussian");
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, Object>> paths = ParquetTableReader.read(out.resolve("state_paths"));
        assertEquals(28, paths.size(), "spikes up to 6.75 s in 0.25 s bins: 28 bins");
        assertTrue(paths.stream().allMatch(r -> r.get("recording_id").equals("units")
                && r.get("model").equals("gaussian")));
    }

    @Test
    void usageErrors() throws Exception {
        String out = tmp.resolve("usage").toString();
        for (String[] args : List.of(
                new String[] {"states", "--input", input.toString(), "--output", out},
                new String[] {"states", "--input", tmp.resolve("absent").toString(), "--output", out, "--states", "2"},
                new String[] {"states", "--input", input.toString(), "--output", input.toString(), "--states", "2"},
                new String[] {"states", "--input", input.toString(), "--output", out, "--states", "0"},
                new String[] {"states", "--input", input.toString(), "--output", out, "--states", "2", "--model",
                    "hmm"},
                new String[] {"states", "--input", input.toString(), "--output", out, "--states", "2",
                    "--heldout-fraction", "1"})) {
            CommandOutput run = CommandOutput.of(args);
            assertEquals(2, run.exitCode(), Arrays.toString(args) + ": " + run.err());
            assertTrue(!run.err().isBlank());
        }
    }

    private static List<String> sorted(Path table) throws IOException {
        List<String> rows = new ArrayList<>();
        ParquetTableReader.read(table).forEach(r -> rows.add(r.toString()));
        rows.sort(null);
        return rows;
    }
}
