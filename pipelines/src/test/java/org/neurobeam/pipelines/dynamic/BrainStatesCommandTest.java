package org.neurobeam.pipelines.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.community.PartitionAgreement;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.CommandOutput;

/**
 * Four recordings × 600 TR switching between three planted covariance states (connectome's T-D3): the
 * {@code dfc_windows} states read back agree with the truth at each window centre (windows within 11 TR of a
 * switch left out) with ARI ≥ 0.9, the silhouette picks k = 3, and each {@code brain_states} centroid shows
 * its planted group (r ≈ 0.5 inside, ≈ 0 outside).
 */
class BrainStatesCommandTest {

    @TempDir
    Path tmp;

    @Test
    void recoversPlantedStates() throws Exception {
        Path input = tmp.resolve("run");
        Map<String, int[]> truth = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            RunOutputs.Switching sim = RunOutputs.switching(600, 100 + s);
            truth.put("sub-0" + s, sim.states());
            rows.addAll(RunOutputs.regionRows("sub-0" + s, sim.signals()));
        }
        RunOutputs.writeRegions(input, rows);
        Path output = tmp.resolve("dynamic");
        CommandOutput run = CommandOutput.of("dynamic", "--input", input.toString(), "--output",
                output.toString(), "--kind", "region", "--seed", "7");
        assertEquals(0, run.exitCode(), run.err());

        JsonNode provenance = new ObjectMapper().readTree(output.resolve("provenance.json").toFile());
        assertEquals(3, provenance.at("/brain_states/states").asInt());

        List<Map<String, Object>> windows = ParquetTableReader.read(output.resolve("dfc_windows"));
        assertEquals(4 * (600 - 22 - 18 + 1), windows.size());
        List<Integer> expected = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        Map<Integer, List<Integer>> stateToPlanted = new HashMap<>();
        for (Map<String, Object> w : windows) {
            int[] states = truth.get((String) w.get("recording_id"));
            double start = (double) w.get("start_s") / RunOutputs.TR;
            double centre = start + ((double) w.get("end_s") / RunOutputs.TR - start - 1) / 2;
            if (!nearSwitch(states, centre, 11)) {
                int planted = states[(int) Math.round(centre)];
                expected.add(planted);
                predicted.add((Integer) w.get("state"));
                stateToPlanted.computeIfAbsent((Integer) w.get("state"), k -> new ArrayList<>()).add(planted);
            }
        }
        double ari = PartitionAgreement.adjustedRand(ints(expected), ints(predicted));
        System.out.printf("dynamic brain states: ARI %.4f over %d windows%n", ari, expected.size());
        assertTrue(ari >= 0.9, "ARI " + ari);

        List<Map<String, Object>> centroids = ParquetTableReader.read(output.resolve("brain_states"));
        assertEquals(3 * 45, centroids.size());
        for (Map<String, Object> c : centroids) {
            int planted = majority(stateToPlanted.get((Integer) c.get("state")));
            double[] l = RunOutputs.LOADINGS[planted];
            boolean inside = l[(Integer) c.get("i")] > 0 && l[(Integer) c.get("j")] > 0;
            double value = (double) c.get("value");
            assertEquals(inside ? 0.5 : 0.0, value, 0.25, c.toString());
            assertEquals((Integer) c.get("i") + 1, c.get("region_i"));
        }
    }

    private static boolean nearSwitch(int[] states, double centre, int margin) {
        int lo = Math.max(1, (int) Math.ceil(centre - margin));
        int hi = Math.min(states.length - 1, (int) Math.floor(centre + margin));
        for (int t = lo; t <= hi; t++) {
            if (states[t] != states[t - 1]) {
                return true;
            }
        }
        return false;
    }

    private static int majority(List<Integer> labels) {
        int[] counts = new int[3];
        labels.forEach(l -> counts[l]++);
        return counts[0] >= counts[1] && counts[0] >= counts[2] ? 0 : counts[1] >= counts[2] ? 1 : 2;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
