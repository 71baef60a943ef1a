package org.neurobeam.ingest.fif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Approx;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.ephys.Gap;
import org.neurobeam.ingest.ephys.Segment;
import org.neurobeam.ingest.ephys.TriggerEvent;
import org.neurobeam.ingest.testing.SharedData;

/**
 * {@code fif_skip_raw.fif} (see {@code make_fif_skip.py} beside it): first_samp 30, int32, float64,
 * a 2-buffer skip, int16 and float32 buffers, compared with MNE's readback.
 */
class FifSkipTest {

    private static final double REL = 1e-12;
    private static final Approx APPROX = new Approx();

    @AfterAll
    static void report() {
        System.out.println("FifSkipTest max relative differences:\n" + APPROX.report());
    }

    static Path fixture() {
        try {
            return Path.of(FifSkipTest.class.getResource("/fif/fif_skip_raw.fif").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void skipsReadAsZerosAndAreReportedAsGapsAndBadAcqSkip() throws IOException {
        JsonNode ref = SharedData.json(Path.of(fixture() + ".ref.json"));
        try (FifReader reader = FifReader.open(fixture())) {
            assertEquals(ref.get("first_samp").asLong(), reader.firstSample());
            double firstTime = ref.get("first_time").asDouble();
            assertEquals(OffsetDateTime.parse(ref.get("meas_date").asText()).toInstant().plusMillis(300),
                    reader.info().start());
            assertEquals(List.of(ChannelType.EEG, ChannelType.MEG_MAG, ChannelType.STIM),
                    reader.info().channels().stream().map(c -> c.type()).toList());
            assertEquals(List.of("V", "T", "V"), reader.info().channels().stream().map(c -> c.unit()).toList());
            assertEquals(Modality.MEG, reader.info().modality());
            int n = ref.get("n_times").asInt();
            for (int c = 0; c < 3; c++) {
                assertEquals(ref.get("cal").get(c).asDouble(), reader.measInfo().channels().get(c).cal());
                APPROX.close(SharedData.numbers(ref.get("data").get(c)), reader.read(c, 0, n), REL, "skip file value");
            }
            assertEquals(List.of(new Segment(0, 0, 0.2), new Segment(0.4, 0.4, 0.2)), reader.info().segments());
            assertEquals(List.of(new Gap(0.2, 0.2)), reader.info().gaps());
            List<Annotation> got = reader.info().annotations();
            assertEquals(ref.get("annotations").size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                JsonNode a = ref.get("annotations").get(i);
                APPROX.close(a.get("onset_s").asDouble(), got.get(i).onset() + firstTime, REL, "annotation onset");
                assertEquals(a.get("duration_s").asDouble(), got.get(i).duration());
                assertEquals(a.get("description").asText(), got.get(i).description());
            }
            List<TriggerEvent> events = new ArrayList<>();
            for (JsonNode e : ref.get("events")) {
                events.add(new TriggerEvent(e.get(0).asLong() - reader.firstSample(), e.get(1).asInt(),
                        e.get(2).asInt()));
            }
            assertEquals(events, reader.events());
        }
    }
}
