package org.neurobeam.pipelines.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.statics.ConnectomeEntry;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.CommandOutput;
import org.neurobeam.pipelines.dynamic.RunOutputs;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.RecordingsTable;

/**
 * {@code train demovae} and {@code embed} through the command line on a synthetic cohort whose connectivity
 * carries a planted age effect (edge 0–1 rises with age) and a planted sex effect (edge 2–3 higher in M).
 * Checks the model folder, every table's shape, that two recordings the model cannot take land in
 * {@code failures} naming them, that old-vs-young synthetic connectomes move the planted edge the planted way
 * (the demographic read from the command line reaches the decoder), and that the DirectRunner and the
 * FlinkRunner give the same embeddings. The model is trained briefly on few subjects: how well DemoVAE recovers
 * planted effects is the library's {@code DemoVaeTest}, on a larger cohort.
 */
class DemoVaeCommandsTest {

    private static final int REGIONS = 6;
    private static final int SUBJECTS = 80;
    private static final int PAIRS = REGIONS * (REGIONS - 1) / 2;

    @TempDir
    static Path work;
    static Path model;

    @BeforeAll
    static void trainOnACohort() throws IOException {
        Path cohort = work.resolve("cohort");
        writeCohort(cohort, SUBJECTS, 11, false);
        model = work.resolve("model");
        CommandOutput train = CommandOutput.of("train", "demovae", "--input", cohort.toString(), "--model-dir",
                model.toString(), "--latent", "4", "--hidden", "64", "--epochs", "60", "--batch-size", "16",
                "--patience", "60", "--learning-rate", "3e-3", "--seed", "3");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.isRegularFile(model.resolve("config.json")) && Files.isRegularFile(model.resolve("training.json")),
                train.out());
    }

    @Test
    void embedWritesLatentsDeconfoundedAndSyntheticConnectomesAndFailsOnlyTheBadRecordings() throws IOException {
        Path input = work.resolve("new-cohort");
        writeCohort(input, 12, 99, true);
        Path out = work.resolve("embedded");
        CommandOutput embed = CommandOutput.of("embed", "--model-dir", model.toString(), "--input", input.toString(),
                "--output", out.toString(), "--sample", "age=75,sex=F", "--sample", "age=25,sex=F", "--samples", "200",
                "--seed", "5");
        assertEquals(0, embed.exitCode(), embed.err());

        List<Map<String, Object>> embeddings = ParquetTableReader.read(out.resolve("embeddings"));
        assertEquals(12, embeddings.size());
        for (Map<String, Object> row : embeddings) {
            assertEquals("demovae", row.get("model"));
            assertEquals(0, row.get("segment"));
            assertEquals(4, ((List<?>) row.get("vector")).size());
        }
        assertEquals(12 * 4, ParquetTableReader.read(out.resolve("demovae_latents")).size());
        List<Map<String, Object>> deconfounded = ParquetTableReader.read(out.resolve("connectivity_deconfounded"));
        assertEquals(12 * PAIRS, deconfounded.size());
        assertTrue(deconfounded.stream().allMatch(r -> (int) r.get("i") < (int) r.get("j")
                && "demovae".equals(r.get("estimator"))));

        List<Map<String, Object>> failures = ParquetTableReader.read(out.resolve("failures"));
        assertEquals(List.of("bad-nan", "bad-size"), failures.stream().map(r -> (String) r.get("recording_id"))
                .sorted().toList(), failures.toString());
        assertTrue(failures.stream().allMatch(r -> "embed".equals(r.get("stage"))));
        assertTrue(failures.stream().anyMatch(r -> ((String) r.get("message")).contains("NaN")), failures.toString());

        List<Map<String, Object>> synthetic = ParquetTableReader.read(out.resolve("synthetic_connectivity"));
        assertEquals(400 * PAIRS, synthetic.size());
        double old = meanEdge(synthetic, 75.0, 0, 1);
        double young = meanEdge(synthetic, 25.0, 0, 1);
        assertTrue(old - young > 0.3, "planted age edge (+0.67 from 25 to 75 y): old " + old + ", young " + young);

        Path flink = work.resolve("embedded-flink");
        CommandOutput onFlink = CommandOutput.of("embed", "--model-dir", model.toString(), "--input", input.toString(),
                "--output", flink.toString(), "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
        assertEquals(0, onFlink.exitCode(), onFlink.err());
        assertEquals(byRecording(embeddings), byRecording(ParquetTableReader.read(flink.resolve("embeddings"))));
    }

    @Test
    void trainingWithoutADemographicTheRecordingsLackFailsNamingIt() {
        CommandOutput train = CommandOutput.of("train", "demovae", "--input", work.resolve("cohort").toString(),
                "--model-dir", work.resolve("never").toString(), "--demographics", "age,site", "--epochs", "1");
        assertEquals(1, train.exitCode());
        assertTrue(train.err().contains("site") && train.err().contains("sub-000"), train.err());
    }

    private static Map<Object, Object> byRecording(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("recording_id"), r -> r.get("vector")));
    }

    private static double meanEdge(List<Map<String, Object>> rows, double age, int i, int j) {
        return rows.stream().filter(r -> (double) r.get("age") == age && (int) r.get("i") == i && (int) r.get("j") == j)
                .mapToDouble(r -> (double) r.get("value")).average().orElseThrow();
    }

    /**
     * A run output with {@code subjects} recordings: correlation-kind connectivity (upper triangle with diagonal)
     * around a shared pattern, edge 0–1 shifted by 0.4·(age − 50)/30, edge 2–3 by 0.3 for M, noise sd 0.05; with
     * {@code withBad}, two more recordings the model cannot take: one of 5 regions and one holding NaN.
     */
    static void writeCohort(Path runOutput, int subjects, long seed, boolean withBad) throws IOException {
        Random random = new Random(seed);
        double[] base = new double[PAIRS];
        Random shared = new Random(7);
        for (int p = 0; p < PAIRS; p++) {
            base[p] = 0.2 + 0.3 * shared.nextDouble();
        }
        List<Row> recordings = new ArrayList<>();
        List<Row> edges = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            String id = String.format("sub-%03d_task-rest_bold", s);
            double age = 20 + 60 * random.nextDouble();
            String sex = random.nextBoolean() ? "M" : "F";
            recordings.add(recording(id, age, sex));
            double[] values = base.clone();
            values[0] += 0.4 * (age - 50) / 30;
            values[pair(2, 3)] += sex.equals("M") ? 0.3 : 0;
            for (int p = 0; p < PAIRS; p++) {
                values[p] += 0.05 * random.nextGaussian();
            }
            edges.addAll(connectivity(id, REGIONS, values));
        }
        if (withBad) {
            recordings.add(recording("bad-size", 40, "F"));
            edges.addAll(connectivity("bad-size", 5, new double[10]));
            recordings.add(recording("bad-nan", 40, "M"));
            double[] nan = base.clone();
            nan[3] = Double.NaN;
            edges.addAll(connectivity("bad-nan", REGIONS, nan));
        }
        RunOutputs.write(runOutput, RecordingsTable.NAME, RecordingsTable.SCHEMA, recordings);
        RunOutputs.write(runOutput, ConnectivityTable.NAME, ConnectivityTable.SCHEMA, edges);
    }

    private static int pair(int i, int j) {
        return i * (2 * REGIONS - i - 1) / 2 + (j - i - 1);
    }

    private static List<Row> connectivity(String id, int regions, double[] upper) {
        List<ConnectomeEntry> entries = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < regions; i++) {
            entries.add(new ConnectomeEntry(i, i, 1.0));
            for (int j = i + 1; j < regions; j++) {
                entries.add(new ConnectomeEntry(i, j, upper[p++]));
            }
        }
        entries.sort(Comparator.comparingInt(ConnectomeEntry::i).thenComparingInt(ConnectomeEntry::j));
        int[] labels = new int[regions];
        for (int r = 0; r < regions; r++) {
            labels[r] = r + 1;
        }
        return ConnectivityTable.rows(id, "correlation", "ledoit-wolf", labels, entries);
    }

    private static Row recording(String id, double age, String sex) {
        return Row.withSchema(RecordingsTable.SCHEMA).addValues(id, "synthetic", id.substring(4, 7), null, "rest",
                null, "bold", "/data/" + id + ".nii.gz", "0", List.of(), null, 2.0, "sidecar", null, 100L, age, sex,
                Map.of("group", "control"), Map.of("sub", id.substring(4, 7)), false).build();
    }
}
