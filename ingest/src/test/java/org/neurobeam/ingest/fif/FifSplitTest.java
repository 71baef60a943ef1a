package org.neurobeam.ingest.fif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Approx;
import org.neurobeam.ingest.ephys.TriggerEvent;
import org.neurobeam.ingest.testing.SharedData;

/** {@code split_raw.fif} + {@code -1} + {@code -2} (see {@code make_fif_split.py}) against MNE's readback. */
class FifSplitTest {

    private static final double REL = 1e-12;
    private static final Approx APPROX = new Approx();

    @TempDir
    Path dir;

    @AfterAll
    static void report() {
        System.out.println("FifSplitTest max relative differences:\n" + APPROX.report());
    }

    static Path fixture() {
        try {
            return Path.of(FifSplitTest.class.getResource("/fif/split_raw.fif").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void partsAreReadAsOneRecording() throws IOException {
        JsonNode ref = SharedData.json(Path.of(fixture() + ".ref.json"));
        try (FifReader reader = FifReader.open(fixture())) {
            int n = ref.get("n_times").asInt();
            assertEquals(n, reader.info().channels().get(0).sampleCount());
            assertEquals(OffsetDateTime.parse(ref.get("meas_date").asText()).toInstant(), reader.info().start());
            for (int c = 0; c < 3; c++) {
                APPROX.close(SharedData.numbers(ref.get("data").get(c)), reader.read(c, 0, n), REL, "split value");
            }
            List<Annotation> annotations = new ArrayList<>();
            for (JsonNode a : ref.get("annotations")) {
                annotations.add(new Annotation(a.get("onset_s").asDouble(), a.get("duration_s").asDouble(),
                        a.get("description").asText()));
            }
            assertEquals(annotations, reader.info().annotations());
            List<TriggerEvent> events = new ArrayList<>();
            for (JsonNode e : ref.get("events")) {
                events.add(new TriggerEvent(e.get(0).asLong(), e.get(1).asInt(), e.get(2).asInt()));
            }
            assertEquals(events, reader.events());
            assertEquals(List.of(), reader.info().gaps());
            assertEquals(List.of(), reader.info().warnings());
        }
    }

    @Test
    void missingPartNamesThePartBefore() throws IOException {
        Path first = Files.copy(fixture(), dir.resolve("split_raw.fif"));
        Files.copy(fixture().resolveSibling("split_raw-1.fif"), dir.resolve("split_raw-1.fif"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FifReader.open(first));
        assertEquals(dir.resolve("split_raw-1.fif").toString(), e.file());
        assertEquals("FIFF_REF_FILE_NAME", e.field());
        assertEquals(e.getMessage(), dir.resolve("split_raw-1.fif") + ": FIFF_REF_FILE_NAME: next split part "
                + dir.resolve("split_raw-2.fif") + " not found");
    }
}
