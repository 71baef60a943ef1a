package org.neurobeam.pipelines.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.cli.CommandOutput;

/**
 * {@code neurobeam dynamic --worms} on the DuckDB-written collection fixtures of the ingest test jar: two worms
 * both named {@code worm0} in Kato2015 and Yemini2021, labelled AVAL and AVAR and an unlabelled neuron "12" in
 * each (slots 17 and 203). The worms are two animals, the labelled neurons are the shared units, and the two
 * "12"s are never merged into one unit (by id or slot): each worm reports its unlabelled neuron left out.
 */
class WormNtfCommandTest {

    @TempDir
    Path tmp;

    @Test
    void wormsAreAnimalsAndUnlabelledNeuronsStayPerWorm() throws Exception {
        Path output = tmp.resolve("out");
        CommandOutput run = CommandOutput.of("dynamic", "--worms", fixture("worms.parquet").toString(), "--output",
                output.toString(), "--rank", "1", "--seed", "3");
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, Object>> factors = ParquetTableReader.read(output.resolve("ntf_factors"));
        List<Map<String, Object>> communities = ParquetTableReader.read(output.resolve("communities"));
        assertEquals(List.of("Kato2015/worm0", "Yemini2021/worm0"), factors.stream()
                .filter(f -> f.get("mode").equals("animal")).map(f -> (String) f.get("label")).sorted().toList());
        Set<String> units = new TreeSet<>();
        communities.forEach(c -> units.add((String) c.get("label")));
        assertEquals(Set.of("AVAL", "AVAR"), units);
        assertEquals(2 * 2, communities.size());
        assertEquals(List.of("AVAL|AVAR"), factors.stream().filter(f -> f.get("mode").equals("pair"))
                .map(f -> f.get("label")).toList());
        assertEquals(150 / 10, factors.stream().filter(f -> f.get("mode").equals("time")).count());
        List<Map<String, Object>> failures = ParquetTableReader.read(output.resolve("failures"));
        assertEquals(List.of("Kato2015/worm0", "Yemini2021/worm0"), failures.stream().map(f -> (String) f.get("path"))
                .sorted().toList());
        failures.forEach(f -> assertTrue(((String) f.get("message")).startsWith("1 units without a label are left "
                + "out"), failures.toString()));
        assertTrue(Files.readString(output.resolve("provenance.json")).contains("\"ntf_calcium_data\""));
    }

    @Test
    void aBadWormIsLeftOutWithItsFailureAndDatasetsCanBeChosen() throws Exception {
        Path output = tmp.resolve("bad");
        Path file = fixture("bad_time.parquet");
        CommandOutput run = CommandOutput.of("dynamic", "--worms", file.toString(), "--output", output.toString(),
                "--rank", "1");
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, Object>> failures = ParquetTableReader.read(output.resolve("failures")).stream()
                .filter(f -> f.get("stage").equals("worms")).toList();
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("Yemini2021/worm0", failures.get(0).get("path"));
        assertEquals("worms", failures.get(0).get("stage"));
        assertTrue(((String) failures.get(0).get("message")).startsWith(file + ": time_in_seconds: "
                + "Yemini2021/worm0 neuron 'AVAR'"), failures.toString());
        assertEquals(List.of("Kato2015/worm0"), animals(output));

        Path chosen = tmp.resolve("chosen");
        run = CommandOutput.of("dynamic", "--worms", fixture("worms.parquet").toString(), "--source-dataset",
                "Yemini2021", "--output", chosen.toString(), "--rank", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Yemini2021/worm0"), animals(chosen));
    }

    @Test
    void usageErrors() throws Exception {
        Path worms = fixture("worms.parquet");
        assertEquals(2, CommandOutput.of("dynamic", "--worms", worms.toString(), "--input", tmp.toString(),
                "--output", tmp.resolve("o").toString()).exitCode());
        CommandOutput kind = CommandOutput.of("dynamic", "--worms", worms.toString(), "--kind", "dff", "--output",
                tmp.resolve("o").toString());
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("--kind: with --worms expected one of [calcium_data"), kind.err());
        assertEquals(2, CommandOutput.of("dynamic", "--output", tmp.resolve("o").toString()).exitCode());
    }

    private static List<String> animals(Path output) throws IOException {
        return ParquetTableReader.read(output.resolve("ntf_factors")).stream()
                .filter(f -> f.get("mode").equals("animal")).map(f -> (String) f.get("label")).distinct().sorted()
                .toList();
    }

    /** A collection fixture of the ingest test jar, copied to a file (the reader needs a path). */
    private Path fixture(String name) throws IOException {
        Path file = tmp.resolve(name);
        try (InputStream in = WormNtfCommandTest.class.getResourceAsStream("/celegans/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
