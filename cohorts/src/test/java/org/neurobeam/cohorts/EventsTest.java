package org.neurobeam.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/** events.tsv parsing on the example datasets, and its validation messages. */
class EventsTest {

    @TempDir
    Path dir;

    @Test
    void readsDs005Run() throws IOException {
        // 87 lines: header + 86 trials; first "0.000 3.000 parametric gain -0.139 n/a n/a 20 15 ...", last onset 474
        Events events = Events.read(SharedData.file(
                "bids-examples/ds005/sub-01/func/sub-01_task-mixedgamblestask_run-01_events.tsv"));
        assertEquals(86, events.events().size());
        assertEquals(12, events.columns().size());
        Event first = events.events().get(0);
        assertEquals(0.0, first.onset(), 0.0);
        assertEquals(3.0, first.duration(), 0.0);
        assertEquals("parametric gain", first.trialType());
        assertEquals("20", first.extra().get("gain"));
        assertEquals("15", first.extra().get("loss"));
        assertFalse(first.extra().containsKey("distance from indifference"), "n/a values are left out");
        assertEquals(474.0, events.events().get(85).onset(), 0.0);
    }

    @Test
    void readsSyntheticTopLevelEvents() throws IOException {
        // 43 lines: header + 42; first "2.016 1 scene_nontarget_nbackparam -0.5"
        Events events = Events.read(SharedData.file("bids-examples/synthetic/task-nback_events.tsv"));
        assertEquals(42, events.events().size());
        assertEquals(2.016, events.events().get(0).onset(), 0.0);
        assertEquals("-0.5", events.events().get(0).extra().get("weight"));
    }

    @Test
    void durationMayBeNotAvailable() throws IOException {
        Path file = Files.writeString(dir.resolve("e_events.tsv"), "onset\tduration\tvalue\n-1.5\tn/a\tn/a\n");
        Event event = Events.read(file).events().get(0);
        assertEquals(-1.5, event.onset(), 0.0);
        assertTrue(Double.isNaN(event.duration()));
        assertNull(event.trialType());
        assertTrue(event.extra().isEmpty());
    }

    @Test
    void errorsNameTheFileColumnAndLine() throws IOException {
        Path noDuration = Files.writeString(dir.resolve("a_events.tsv"), "onset\ttrial_type\n1\tgo\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Events.read(noDuration));
        assertEquals(noDuration.toString(), e.file());
        assertEquals("duration", e.field());

        Path badOnset = Files.writeString(dir.resolve("b_events.tsv"), "onset\tduration\n1\t0\nsoon\t0\n");
        e = assertThrows(InvalidInputException.class, () -> Events.read(badOnset));
        assertEquals("onset", e.field());
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("'soon'"), e.getMessage());

        Path negative = Files.writeString(dir.resolve("c_events.tsv"), "onset\tduration\n1\t-2\n");
        assertEquals("duration", assertThrows(InvalidInputException.class, () -> Events.read(negative)).field());

        Path shortRow = Files.writeString(dir.resolve("d_events.tsv"), "onset\tduration\n1\n");
        assertEquals("line 2", assertThrows(InvalidInputException.class, () -> Events.read(shortRow)).field());
    }
}
