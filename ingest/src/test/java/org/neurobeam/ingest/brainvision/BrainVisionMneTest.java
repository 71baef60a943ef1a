package org.neurobeam.ingest.brainvision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Approx;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.testing.SharedData;

/**
 * Triples in {@code src/test/resources/brainvision} (see {@code make_brainvision.py} beside them) against
 * {@code mne.io.read_raw_brainvision}: names, rate, start, values in SI units, annotations. MNE rounds
 * annotation onsets to the microsecond (datetime arithmetic in {@code Annotations.crop}); this reader
 * keeps (position - 1) / sfreq exact, so onsets are compared to 1 µs.
 */
class BrainVisionMneTest {

    private static final double REL = 1e-12;
    private static final Approx APPROX = new Approx();

    @AfterAll
    static void report() {
        System.out.println("BrainVisionMneTest max relative differences:\n" + APPROX.report());
    }

    private static Path resource(String name) {
        try {
            return Path.of(BrainVisionMneTest.class.getResource("/brainvision/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"t_INT_16_MULTIPLEXED", "t_IEEE_FLOAT_32_VECTORIZED", "t_INT_32_MULTIPLEXED"})
    void matchesMne(String name) throws IOException {
        JsonNode mne = SharedData.json(resource(name + ".json"));
        try (BrainVisionReader reader = BrainVisionReader.open(resource(name + ".vhdr"))) {
            List<Channel> channels = reader.info().channels();
            for (int c = 0; c < channels.size(); c++) {
                assertEquals(mne.get("names").get(c).asText(), channels.get(c).name());
                assertEquals(mne.get("sfreq").asDouble(), channels.get(c).sampleRate());
                double[] expected = SharedData.numbers(mne.get("data").get(c));
                APPROX.close(expected, reader.read(c, 0, expected.length), REL, name + ": values");
            }
            assertEquals(OffsetDateTime.parse(mne.get("meas_date").asText()).toInstant(), reader.info().start());
            List<Annotation> got = reader.info().annotations();
            assertEquals(mne.get("annotations").size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                JsonNode a = mne.get("annotations").get(i);
                assertEquals(a.get(0).asDouble(), got.get(i).onset(), 1e-6);
                assertEquals(a.get(1).asDouble(), got.get(i).duration());
                assertEquals(a.get(2).asText(), got.get(i).description());
            }
        }
    }
}
