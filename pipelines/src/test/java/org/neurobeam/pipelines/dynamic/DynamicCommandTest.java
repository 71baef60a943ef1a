package org.neurobeam.pipelines.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.CommandOutput;

/** Determinism under {@code --seed}, bad inputs as failures rows or exit 1, and usage errors (exit 2). */
class DynamicCommandTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedSameTablesOnDirectAndFlink() throws Exception {
        Path input = tmp.resolve("run");
        List<Row> regions = new ArrayList<>();
        regions.addAll(RunOutputs.regionRows("sub-01", RunOutputs.switching(300, 1).signals()));
        regions.addAll(RunOutputs.regionRows("sub-02", RunOutputs.switching(300, 2).signals()));
        RunOutputs.writeRegions(input, regions);
        RunOutputs.writeTraces(input, NtfCommandTest.planted(new Random(5)));
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path flink = tmp.resolve("flink");
        for (Path out : List.of(a, b, flink)) {
            List<String> args = new ArrayList<>(List.of("dynamic", "--input", input.toString(), "--output",
                    out.toString(), "--states", "3", "--rank", "2", "--seed", "11"));
            if (out.equals(flink)) {
                args.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
            }
            CommandOutput run = CommandOutput.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("done: 2 of 2 analyses"), run.out());
        }
        for (String table : DynamicOutput.TABLES.keySet()) {
            List<String> first = sorted(a.resolve(table));
            assertEquals(first, sorted(b.resolve(table)), table);
            assertEquals(first, sorted(flink.resolve(table)), table);
            assertTrue(!first.isEmpty() || table.equals("failures"), table);
        }
    }

    @Test
    void badRecordingsBecomeFailuresRows() throws Exception {
        Path input = tmp.resolve("run");
        double[][] constant = RunOutputs.switching(300, 3).signals();
        for (double[] volume : constant) {
            volume[4] = 1.0;
        }
        List<Row> regions = new ArrayList<>();
        regions.addAll(RunOutputs.regionRows("sub-01", RunOutputs.switching(300, 1).signals()));
        regions.addAll(RunOutputs.regionRows("sub-02", RunOutputs.switching(30, 2).signals()));
        regions.addAll(RunOutputs.regionRows("sub-03", constant));
        RunOutputs.writeRegions(input, regions);
        Path output = tmp.resolve("out");
        CommandOutput run = CommandOutput.of("dynamic", "--input", input.toString(), "--output",
                output.toString(), "--kind", "region", "--states", "2");
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, Object>> failures = new ArrayList<>(ParquetTableReader.read(output.resolve("failures")));
        failures.sort(Comparator.comparing(f -> (String) f.get("path")));
        assertEquals(2, failures.size(), failures.toString());
        assertEquals("sub-02", failures.get(0).get("path"));
        assertTrue(((String) failures.get(0).get("message")).contains("30 time points are fewer than one window"),
                failures.toString());
        assertEquals("sub-03", failures.get(1).get("path"));
        assertTrue(((String) failures.get(1).get("message")).contains("constant"), failures.toString());
        assertTrue(ParquetTableReader.read(output.resolve("dfc_windows")).stream()
                .allMatch(w -> w.get("recording_id").equals("sub-01")));
    }

    @Test
    void tracesTooShortOrWithoutUnitsCannotProceed() throws Exception {
        Path input = tmp.resolve("run");
        double[] shortTrace = {1, 2, 1, 3, 2};
        RunOutputs.writeTraces(input, List.of(
                RunOutputs.trace("animal-0", 0, "a", shortTrace),
                RunOutputs.trace("animal-0", 1, "b", shortTrace.clone()),
                RunOutputs.trace("animal-1", 0, "a", new double[5]),
                RunOutputs.trace("animal-1", 1, "b", new double[5])));
        Path output = tmp.resolve("out");
        CommandOutput run = CommandOutput.of("dynamic", "--input", input.toString(), "--output",
                output.toString(), "--kind", "dff", "--rank", "1");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("no analysis could run"), run.err());
        List<String> messages = ParquetTableReader.read(output.resolve("failures")).stream()
                .map(f -> f.get("path") + ": " + f.get("message")).toList();
        assertTrue(messages.contains("animal-1: unit 'a' is constant; treated as absent"), messages.toString());
        assertTrue(messages.contains("animal-1: animal has no usable unit; left out"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("dff: ")
                && m.contains("5 time points are fewer than one window of 10 samples")), messages.toString());
    }

    @Test
    void missingInputTableCannotProceed() {
        CommandOutput run = CommandOutput.of("dynamic", "--input", tmp.toString(), "--output",
                tmp.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("region: no region_timeseries rows; skipped"), run.out());
    }

    private static List<String> sorted(Path table) throws IOException {
        List<String> rows = new ArrayList<>();
        ParquetTableReader.read(table).forEach(r -> rows.add(r.toString()));
        rows.sort(null);
        return rows;
    }

    @Test
    void usageErrors() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("run"));
        String out = tmp.resolve("out").toString();
        for (String[] args : List.of(
                new String[] {"dynamic", "--output", out},
                new String[] {"dynamic", "--input", tmp.resolve("absent").toString(), "--output", out},
                new String[] {"dynamic", "--input", input.toString(), "--output", input.toString()},
                new String[] {"dynamic", "--input", input.toString(), "--output", out, "--states", "0"},
                new String[] {"dynamic", "--input", input.toString(), "--output", out, "--kind", "bold"},
                new String[] {"dynamic", "--input", input.toString(), "--output", out, "--window", "-3"})) {
            CommandOutput run = CommandOutput.of(args);
            assertEquals(2, run.exitCode(), Arrays.toString(args) + ": " + run.err());
            assertTrue(!run.err().isBlank());
        }
    }
}
