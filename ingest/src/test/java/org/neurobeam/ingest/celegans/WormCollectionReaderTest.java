package org.neurobeam.ingest.celegans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The collection reader on DuckDB-written fixtures (make_fixtures.mjs): two worms both called {@code worm0} in
 * two datasets, three neurons each (AVAL, AVAR and unlabelled "12" in a different slot per worm), the newer and
 * the older build's columns, and one bad variant per invariant of notes connectome.md §E.5.
 */
class WormCollectionReaderTest {

    private static final Map<String, Double> FREQ = Map.of("Kato2015/AVAL", 1.0, "Kato2015/AVAR", 2.0,
            "Kato2015/12", 3.0, "Yemini2021/AVAL", 1.5, "Yemini2021/AVAR", 2.5, "Yemini2021/12", 3.5);

    /** Every row of {@code file}, validated as {@link WormCollectionReader#readWorm} validates one worm's. */
    static List<NeuronActivity> readAll(Path file, CollectionConfig config) throws IOException {
        List<NeuronActivity> rows = new ArrayList<>();
        try (WormCollectionReader reader = WormCollectionReader.open(file, config)) {
            for (NeuronActivity n = reader.next(); n != null; n = reader.next()) {
                reader.check(n);
                rows.add(n);
            }
        }
        return rows;
    }

    @Test
    void keysWormsByDatasetAndReadsTheDuckDbValues() throws IOException {
        List<NeuronActivity> rows = readAll(CollectionFixtures.file("worms.parquet"), CollectionConfig.defaults());
        assertEquals(6, rows.size());
        assertEquals(2, rows.stream().map(NeuronActivity::worm).distinct().count());
        for (NeuronActivity n : rows) {
            assertEquals("worm0", n.worm().worm());
            assertEquals(CollectionFixtures.TIMESTEPS, n.signal().length);
            assertEquals(!n.neuron().equals("12"), n.labelled(), n.describe());
            double freq = FREQ.get(n.worm().sourceDataset() + "/" + n.neuron());
            for (int i = 0; i < n.signal().length; i++) {
                assertEquals(CollectionFixtures.calcium(i, freq), n.signal()[i], 1e-6, n.describe() + " at " + i);
                assertEquals((float) (i * 0.333), n.time()[i], 1e-6);
            }
        }
    }

    @Test
    void readsOneWormWithUnlabelledNeuronsOutsideTheSlots() throws IOException {
        WormActivity worm = WormCollectionReader.readWorm(CollectionFixtures.file("worms.parquet"),
                new WormKey("Yemini2021", "worm0"), CollectionConfig.defaults());
        assertEquals(CollectionFixtures.TIMESTEPS, worm.timesteps());
        assertEquals(List.of("AVAL", "AVAR"), worm.labelled().stream().map(NeuronActivity::neuron).toList());
        assertEquals(List.of(40, 41), worm.labelled().stream().map(NeuronActivity::slot).toList());
        assertEquals(List.of("12"), worm.unlabelled().stream().map(NeuronActivity::neuron).toList());
        assertEquals(203, worm.unlabelled().get(0).slot());
        double[][] x = worm.slotMatrix();
        boolean[] present = worm.present();
        for (int s = 0; s < LabelSlots.SLOTS; s++) {
            assertEquals(s == 40 || s == 41, present[s], "slot " + s);
            assertEquals(present[s], !Double.isNaN(x[7][s]), "slot " + s);
        }
        assertEquals(CollectionFixtures.calcium(7, 2.5), x[7][41], 1e-6);
        assertEquals(7 * 0.333, worm.time()[7], 1e-6);
    }

    @Test
    void olderBuildGivesTheSameTracesThroughItsOwnColumns() throws IOException {
        CollectionConfig config = CollectionConfig.defaults();
        Map<String, NeuronActivity> newer = byName(readAll(CollectionFixtures.file("worms.parquet"), config));
        List<NeuronActivity> older = readAll(CollectionFixtures.file("worms_older.parquet"), config);
        assertEquals(newer.size(), older.size());
        for (NeuronActivity n : older) {
            NeuronActivity same = newer.get(n.worm() + "/" + n.neuron());
            assertArrayEquals(same.signal(), n.signal(), n.describe());
            assertEquals(same.labelled(), n.labelled(), n.describe());
            assertEquals(same.slot(), n.slot());
        }
        List<NeuronActivity> residual = readAll(CollectionFixtures.file("worms_older.parquet"),
                config.withSignal("residual_calcium"));
        assertEquals(0.1f, residual.get(0).signal()[5], 1e-7);
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> readAll(
                CollectionFixtures.file("worms.parquet"), config.withSignal("residual_calcium")));
        assertEquals("residual_calcium", missing.field());
    }

    @Test
    void openedForOneWormReadsOnlyItsRows() throws IOException {
        Path file = CollectionFixtures.file("worms.parquet");
        try (WormCollectionReader reader = WormCollectionReader.open(file, CollectionConfig.defaults(),
                new WormKey("Kato2015", "worm0"))) {
            int n = 0;
            for (NeuronActivity row = reader.next(); row != null; row = reader.next(), n++) {
                assertEquals("Kato2015", row.worm().sourceDataset());
            }
            assertEquals(3, n);
        }
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> WormCollectionReader.readWorm(
                file, new WormKey("Kato2015", "worm9"), CollectionConfig.defaults()));
        assertTrue(none.getMessage().contains("no rows of worm Kato2015/worm9"), none.getMessage());
    }

    @Test
    void badRowsAreRejectedNamingFileWormAndColumn() {
        assertRejected("bad_length.parquet", "calcium_data", "Kato2015/worm0 neuron 'AVAR': 149 values, expected "
                + "max_timesteps = 150");
        assertRejected("bad_dt.parquet", "time_in_seconds", "Yemini2021/worm0 neuron '12': median dt 0.5000 s, "
                + "expected 0.3330 ± 0.0100 s");
        assertRejected("bad_zero.parquet", "calcium_data", "Kato2015/worm0 neuron 'AVAL': all 150 values are 0");
        assertRejected("bad_slot.parquet", "slot", "Yemini2021/worm0 neuron 'AVAR': slot 42, but the label has "
                + "slot 41 in other rows");
        assertRejected("bad_no_time.parquet", "time_in_seconds", "required column missing");
    }

    @Test
    void wormsWhoseRowsDisagreeOnTimeAreRejected() throws IOException {
        Path file = CollectionFixtures.file("bad_time.parquet");
        List<NeuronActivity> rows = readAll(file, CollectionConfig.defaults());
        WormKey yemini = new WormKey("Yemini2021", "worm0");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WormActivity.of(file, yemini,
                rows.stream().filter(n -> n.worm().equals(yemini)).toList()));
        assertEquals("time_in_seconds", e.field());
        assertTrue(e.getMessage().startsWith(file + ": time_in_seconds: Yemini2021/worm0 neuron 'AVAR': time "
                + "0.1000 s at step 0, but neuron '12'"), e.getMessage());
        WormKey kato = new WormKey("Kato2015", "worm0");
        WormActivity valid = WormActivity.of(file, kato, rows.stream().filter(n -> n.worm().equals(kato)).toList());
        assertEquals(2, valid.labelled().size());
        assertEquals(1, valid.unlabelled().size());
    }

    @Test
    void slotsMustFollowTheLabelsStringOrder() throws IOException {
        Path file = Path.of("x.parquet");
        LabelSlots slots = new LabelSlots();
        WormKey worm = new WormKey("D", "worm0");
        slots.check(file, neuron(worm, "AS2", 12, true));
        slots.check(file, neuron(worm, "AS1", 10, true));
        slots.check(file, neuron(worm, "7", 11, false));
        InvalidInputException order = assertThrows(InvalidInputException.class,
                () -> slots.check(file, neuron(worm, "AS10", 13, true)));
        assertTrue(order.getMessage().contains("slot 13 is not below slot 12 of 'AS2', which sorts after it"),
                order.getMessage());
        InvalidInputException taken = assertThrows(InvalidInputException.class,
                () -> slots.check(file, neuron(worm, "AS11", 12, true)));
        assertTrue(taken.getMessage().contains("slot 12 is already the slot of label 'AS2'"), taken.getMessage());
        InvalidInputException range = assertThrows(InvalidInputException.class,
                () -> slots.check(file, neuron(worm, "VD1", 300, true)));
        assertEquals("slot", range.field());
        assertFalse(range.getMessage().isEmpty());
    }

    private static void assertRejected(String name, String field, String message) {
        Path file = CollectionFixtures.file(name);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> readAll(file, CollectionConfig.defaults()), name);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static NeuronActivity neuron(WormKey worm, String name, int slot, boolean labelled) {
        return new NeuronActivity(worm, name, slot, labelled, 2, new float[] {1, 2}, new float[] {0, 0.333f});
    }

    private static Map<String, NeuronActivity> byName(List<NeuronActivity> rows) {
        Map<String, NeuronActivity> out = new TreeMap<>();
        rows.forEach(n -> out.put(n.worm() + "/" + n.neuron(), n));
        return out;
    }
}
