package org.neurobeam.pipelines.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.community.PartitionAgreement;
import org.neurobeam.connectome.ntf.AffinityConfig;
import org.neurobeam.connectome.ntf.AnimalTraces;
import org.neurobeam.connectome.ntf.NtfConfig;
import org.neurobeam.connectome.ntf.PairAffinities;
import org.neurobeam.connectome.ntf.RankSweep;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.CommandOutput;

/**
 * Connectome's T-A4 through the command: 45 units (n00..n44) in 3 animals, 1500 frames at 3 Hz in three
 * intervals of 500; in interval k the units of group k (15k..15k+14) share an Ornstein–Uhlenbeck driver over
 * unit noise, dF/F-like (1 + 0.2 · signal). Animal 2 lacks units n40..n44 (masked); animal 0 has an unlabelled
 * unit and animal 1 a constant unit (both left out with a failures row). For each interval the component whose
 * time factor is most concentrated there holds ≥ 70% of its loading in it and its SBM communities match the
 * planted group with NMI ≥ 0.7 (the library's end-to-end threshold).
 */
class NtfCommandTest {

    static final int UNITS = 45;
    static final int TIME = 1500;

    @TempDir
    Path tmp;

    @Test
    void recoversPlantedComponentsAndCommunities() throws Exception {
        Path input = tmp.resolve("run");
        RunOutputs.writeTraces(input, planted(new Random(3)));
        Path output = tmp.resolve("dynamic");
        CommandOutput run = CommandOutput.of("dynamic", "--input", input.toString(), "--output",
                output.toString(), "--kind", "dff", "--rank", "4", "--seed", "1");
        assertEquals(0, run.exitCode(), run.err());

        List<Map<String, Object>> factors = ParquetTableReader.read(output.resolve("ntf_factors"));
        List<Map<String, Object>> communities = ParquetTableReader.read(output.resolve("communities"));
        List<Map<String, Object>> metrics = ParquetTableReader.read(output.resolve("graph_metrics"));
        List<Map<String, Object>> failures = ParquetTableReader.read(output.resolve("failures"));
        assertEquals(4 * (UNITS * (UNITS - 1) / 2 + TIME / 10 + 3), factors.size());
        assertEquals(4 * 2 * UNITS, communities.size());
        assertEquals(4 * UNITS, metrics.size());
        assertTrue(failures.stream().anyMatch(f -> f.get("path").equals("animal-0")
                && ((String) f.get("message")).contains("1 units without a label")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.get("path").equals("animal-1")
                && ((String) f.get("message")).contains("'n45' is constant")), failures.toString());

        double[][] time = new double[4][TIME / 10];
        factors.stream().filter(f -> f.get("mode").equals("time"))
                .forEach(f -> time[(Integer) f.get("component")][(Integer) f.get("index")] = (double) f.get("loading"));
        for (int k = 0; k < 3; k++) {
            int best = 0;
            double bestShare = 0;
            for (int r = 0; r < 4; r++) {
                double share = share(time[r], 50 * k, 50 * (k + 1));
                if (share > bestShare) {
                    bestShare = share;
                    best = r;
                }
            }
            int[] truth = new int[UNITS];
            int[] sbm = new int[UNITS];
            for (Map<String, Object> c : communities) {
                if ((Integer) c.get("component") == best && c.get("method").equals("sbm")) {
                    int unit = Integer.parseInt(((String) c.get("label")).substring(1));
                    truth[unit] = unit / 15 == k ? 1 : 0;
                    sbm[unit] = (Integer) c.get("community");
                }
            }
            double nmi = PartitionAgreement.nmi(truth, sbm);
            System.out.printf("dynamic NTF interval %d: component %d, time share %.3f, SBM NMI %.3f%n", k, best,
                    bestShare, nmi);
            assertTrue(bestShare >= 0.7, "share " + bestShare);
            assertTrue(nmi >= 0.7, "NMI " + nmi);
        }
    }

    /** Without --rank the command's rank is the library's {@link RankSweep} choice on the same tensor. */
    @Test
    void rankSweepMatchesLibrary() throws Exception {
        Random random = new Random(8);
        List<Row> rows = new ArrayList<>();
        List<AnimalTraces> animals = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            double[][] x = new double[600][12];
            double driver = 0;
            for (int t = 0; t < 600; t++) {
                driver = 0.9 * driver + Math.sqrt(1 - 0.81) * random.nextGaussian();
                for (int i = 0; i < 12; i++) {
                    x[t][i] = 1 + 0.2 * (random.nextGaussian() + (i < 6 ? 2 * driver : 0));
                }
            }
            for (int i = 0; i < 12; i++) {
                double[] trace = new double[600];
                for (int t = 0; t < 600; t++) {
                    trace[t] = x[t][i];
                }
                rows.add(RunOutputs.trace("animal-" + w, i, "u" + Integer.toHexString(i), trace));
            }
            animals.add(AnimalTraces.complete(x));
        }
        Path input = tmp.resolve("run");
        RunOutputs.writeTraces(input, rows);
        Path output = tmp.resolve("sweep");
        CommandOutput run = CommandOutput.of("dynamic", "--input", input.toString(), "--output",
                output.toString(), "--kind", "dff", "--seed", "4");
        assertEquals(0, run.exitCode(), run.err());
        RankSweep sweep = RankSweep.run(PairAffinities.tensor(animals, AffinityConfig.differential()), 5,
                NtfConfig.of(1).withSeed(4));
        long components = ParquetTableReader.read(output.resolve("ntf_factors")).stream()
                .map(f -> f.get("component")).distinct().count();
        JsonNode provenance = new ObjectMapper().readTree(output.resolve("provenance.json").toFile());
        System.out.printf("dynamic NTF rank sweep: rank %d, fit by rank %s%n", sweep.selectedRank(),
                provenance.at("/ntf_dff/fit_by_rank"));
        assertEquals(sweep.selectedRank(), components);
        assertEquals(sweep.selectedRank(), provenance.at("/ntf_dff/rank").asInt());
        assertEquals(5, provenance.at("/ntf_dff/fit_by_rank").size());
        assertEquals(sweep.fitByRank()[0], provenance.at("/ntf_dff/fit_by_rank/0").asDouble(), 0.0);
    }

    /** dF/F-like traces of 3 animals with the planted components, plus the bad units described above. */
    static List<Row> planted(Random random) {
        List<Row> rows = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            double[][] x = new double[UNITS][TIME];
            double driver = 0;
            double decay = Math.exp(-1.0 / 15);
            for (int t = 0; t < TIME; t++) {
                driver = decay * driver + Math.sqrt(1 - decay * decay) * random.nextGaussian();
                for (int i = 0; i < UNITS; i++) {
                    x[i][t] = 1 + 0.2 * (random.nextGaussian() + (i / 15 == t / 500 ? driver : 0));
                }
            }
            String id = "animal-" + w;
            for (int i = 0; i < UNITS; i++) {
                if (w != 2 || i < 40) {
                    rows.add(RunOutputs.trace(id, i, String.format("n%02d", i), x[i]));
                }
            }
            if (w == 0) {
                rows.add(RunOutputs.trace(id, UNITS, "", x[0]));
            }
            if (w == 1) {
                rows.add(RunOutputs.trace(id, UNITS, "n45", new double[TIME]));
            }
        }
        return rows;
    }

    private static double share(double[] f, int from, int to) {
        double inside = 0;
        double total = 0;
        for (int t = 0; t < f.length; t++) {
            total += f[t];
            inside += t >= from && t < to ? f[t] : 0;
        }
        return inside / total;
    }
}
