package org.neurobeam.pipelines.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.inspect.Inspections;

/** {@code inspect --json --samples 10} of the corpus's EDF+, BDF+ and FIF files against EDFlib and MNE readbacks. */
class EphysInspectionTest {

    @ParameterizedTest
    @CsvSource({"eeg/sim_edfplus.edf, edf+", "eeg/sim_bdfplus.bdf, bdf+"})
    void edfMatchesEdflibAtNativeRates(String file, String format) throws IOException {
        JsonNode report = Inspections.inspect(SharedData.file(file), null, 10);
        JsonNode ref = reference(file);
        JsonNode edflib = ref.get("edflib_readback");
        assertEquals(format, report.get("format").asText());
        assertMeasDate(ref.get("mne_readback").get("meas_date").asText(), report);
        JsonNode signals = edflib.get("signals");
        assertEquals(signals.size(), report.get("channels").size());
        for (int c = 0; c < signals.size(); c++) {
            JsonNode expected = signals.get(c);
            JsonNode channel = report.get("channels").get(c);
            String name = expected.get("label").asText().strip();
            assertEquals(name, channel.get("name").asText());
            assertEquals(expected.get("sample_rate_hz").asDouble(), channel.get("sfreq").asDouble());
            assertEquals(expected.get("samples_in_file").asLong(), channel.get("n_samples").asLong());
            double factor = siFactor(expected.get("physical_dimension").asText().strip());
            JsonNode first = expected.get("first_physical");
            JsonNode values = report.get("samples").get(name);
            assertEquals(Math.min(10, first.size()), values.size());
            for (int i = 0; i < values.size(); i++) {
                double want = first.get(i).asDouble() * factor;
                assertEquals(want, values.get(i).asDouble(), 1e-12 * Math.abs(want) + 1e-18, name + " sample " + i);
            }
        }
        JsonNode annotations = edflib.get("annotations");
        assertEquals(annotations.size(), report.get("annotations").size());
        for (int a = 0; a < annotations.size(); a++) {
            JsonNode got = report.get("annotations").get(a);
            assertEquals(annotations.get(a).get("onset_s").asDouble(), got.get("onset").asDouble(), 1e-9);
            assertEquals(annotations.get(a).get("text").asText(), got.get("description").asText());
            if (annotations.get(a).get("duration_s").isNull()) {
                assertEquals(true, got.get("duration").isNull());
            } else {
                assertEquals(annotations.get(a).get("duration_s").asDouble(), got.get("duration").asDouble(), 1e-9);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fif/sim_eeg_raw.fif", "fif/sim_eeg_short_raw.fif"})
    void fifMatchesMne(String file) throws IOException {
        JsonNode report = Inspections.inspect(SharedData.file(file), null, 10);
        JsonNode mne = reference(file).get("mne_readback");
        assertEquals("fif", report.get("format").asText());
        assertMeasDate(mne.get("meas_date").asText(), report);
        assertEquals(mne.get("channels").size(), report.get("channels").size());
        for (int c = 0; c < mne.get("channels").size(); c++) {
            JsonNode expected = mne.get("channels").get(c);
            JsonNode channel = report.get("channels").get(c);
            String name = expected.get("name").asText();
            assertEquals(name, channel.get("name").asText());
            assertEquals(expected.get("type").asText(), channel.get("type").asText());
            assertEquals(mne.get("sfreq").asDouble(), channel.get("sfreq").asDouble());
            assertEquals(mne.get("n_times").asLong(), channel.get("n_samples").asLong());
            JsonNode values = report.get("samples").get(name);
            for (int i = 0; i < 10; i++) {
                double want = expected.get("first_10").get(i).asDouble();
                assertEquals(want, values.get(i).asDouble(), 1e-9 * Math.abs(want) + 1e-20, name + " sample " + i);
            }
        }
        JsonNode annotations = mne.get("annotations");
        assertEquals(annotations.size(), report.get("annotations").size());
        for (int a = 0; a < annotations.size(); a++) {
            JsonNode got = report.get("annotations").get(a);
            assertEquals(annotations.get(a).get("onset_s").asDouble(), got.get("onset").asDouble(), 1e-9);
            assertEquals(annotations.get(a).get("duration_s").asDouble(), got.get("duration").asDouble(), 1e-9);
            assertEquals(annotations.get(a).get("description").asText(), got.get("description").asText());
        }
        JsonNode events = mne.get("events").get("events");
        assertEquals(events.size(), report.get("events").size());
        for (int e = 0; e < events.size(); e++) {
            JsonNode got = report.get("events").get(e);
            assertEquals(events.get(e).get(0).asDouble() / mne.get("sfreq").asDouble(), got.get("onset").asDouble(),
                    1e-12);
            assertEquals(events.get(e).get(2).asInt(), got.get("value").asInt());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eeg/sim_edfplus.edf", "fif/sim_eeg_raw.fif"})
    void samplesOnlyWhenAskedFor(String file) throws IOException {
        assertNull(Inspections.inspect(SharedData.file(file), null, null).get("samples"));
    }

    private static void assertMeasDate(String expected, JsonNode report) {
        assertEquals(OffsetDateTime.parse(expected).toInstant(), Instant.parse(report.get("meas_date").asText()));
    }

    /** Factor from the EDF physical dimension to the SI unit the readers return (volts); others as stored. */
    private static double siFactor(String dimension) {
        switch (dimension) {
            case "uV":
                return 1e-6;
            case "mV":
                return 1e-3;
            default:
                return 1.0;
        }
    }

    private static JsonNode reference(String file) throws IOException {
        return new ObjectMapper().readTree(SharedData.file(file + ".ref.json").toFile());
    }
}
