package org.neurobeam.ingest.fif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Approx;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.TriggerEvent;
import org.neurobeam.ingest.testing.SharedData;

/**
 * FIF files written by MNE 1.3 (float32 and int16 with calibration) against {@code mne.io.read_raw_fif}
 * in their {@code .ref.json}: measurement info, channel info, SI values, annotations, events.
 */
class FifReferenceTest {

    private static final double REL = 1e-12;
    private static final Approx APPROX = new Approx();

    @AfterAll
    static void report() {
        System.out.println("FifReferenceTest max relative differences:\n" + APPROX.report());
    }

    private static JsonNode mne(String name) {
        return SharedData.json(Path.of(SharedData.file(name) + ".ref.json")).get("mne_readback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fif/sim_eeg_raw.fif", "fif/sim_eeg_short_raw.fif"})
    void measurementInfo(String name) throws IOException {
        JsonNode mne = mne(name);
        try (FifReader reader = FifReader.open(SharedData.file(name))) {
            FifMeasInfo meas = reader.measInfo();
            assertEquals(mne.get("sfreq").asDouble(), meas.sfreq());
            assertEquals(mne.get("first_samp").asLong(), reader.firstSample());
            assertEquals(OffsetDateTime.parse(mne.get("meas_date").asText()).toInstant(), meas.measDate());
            assertEquals(OffsetDateTime.parse(mne.get("meas_date").asText()).toInstant(), reader.info().start());
            assertEquals(mne.get("highpass").asDouble(), meas.highpass());
            assertEquals(mne.get("lowpass").asDouble(), meas.lowpass());
            JsonNode fif = mne.get("fif");
            assertEquals(fif.get("line_freq").asDouble(), meas.lineFreq());
            assertEquals(fif.get("description").asText(), meas.description());
            assertEquals(fif.get("experimenter").asText(), meas.experimenter());
            assertEquals(fif.get("n_dig_points").asInt(), meas.digPoints());
            double[] devHead = new double[16];
            for (int i = 0; i < 16; i++) {
                devHead[i] = fif.get("dev_head_t").get(i / 4).get(i % 4).asDouble();
            }
            assertArrayEquals(devHead, meas.devHeadT());
            assertEquals(List.of(), reader.info().gaps());
            assertEquals(List.of(), reader.info().warnings());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fif/sim_eeg_raw.fif", "fif/sim_eeg_short_raw.fif"})
    void channelsAndValuesInSiUnits(String name) throws IOException {
        JsonNode mne = mne(name);
        boolean float32 = name.equals("fif/sim_eeg_raw.fif");
        try (FifReader reader = FifReader.open(SharedData.file(name))) {
            List<Channel> channels = reader.info().channels();
            assertEquals(mne.get("channels").size(), channels.size());
            for (int c = 0; c < channels.size(); c++) {
                JsonNode ref = mne.get("channels").get(c);
                FifChannel fc = reader.measInfo().channels().get(c);
                Channel ch = channels.get(c);
                String label = ch.name();
                assertEquals(ref.get("name").asText(), ch.name());
                assertEquals(ref.get("type").asText(), ch.type().name().toLowerCase(Locale.ROOT));
                assertEquals(ref.get("kind").asInt(), fc.kind());
                assertEquals(ref.get("coil_type").asInt(), fc.coilType());
                assertEquals(ref.get("unit").asInt(), fc.unit());
                assertEquals("V", ch.unit());
                assertEquals(ref.get("unit_mul").asInt(), fc.unitMul());
                assertEquals(ref.get("cal").asDouble(), fc.cal());
                assertEquals(ref.get("range").asDouble(), fc.range());
                assertArrayEquals(SharedData.numbers(ref.get("loc")), fc.loc(), label);
                assertEquals(mne.get("n_times").asLong(), ch.sampleCount());
                double[] values = reader.read(c, 0, (int) ch.sampleCount());
                for (double v : values) {
                    double stored = v / fc.calibration();
                    assertEquals(stored, float32 ? (double) (float) stored : Math.rint(stored), label);
                }
                APPROX.close(SharedData.numbers(ref.get("first_10")), Arrays.copyOf(values, 10), REL,
                        label + ": first_10");
                APPROX.close(ref.get("last").asDouble(), values[values.length - 1], REL, label + ": last");
                APPROX.sum(ref.get("sum").asDouble(), values, REL, label + ": sum");
                APPROX.close(ref.get("min").asDouble(), Arrays.stream(values).min().orElseThrow(), REL,
                        label + ": min");
                APPROX.close(ref.get("max").asDouble(), Arrays.stream(values).max().orElseThrow(), REL,
                        label + ": max");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fif/sim_eeg_raw.fif", "fif/sim_eeg_short_raw.fif"})
    void annotationsAndEvents(String name) throws IOException {
        JsonNode mne = mne(name);
        try (FifReader reader = FifReader.open(SharedData.file(name))) {
            List<Annotation> expected = new ArrayList<>();
            for (JsonNode a : mne.get("annotations")) {
                expected.add(new Annotation(a.get("onset_s").asDouble(), a.get("duration_s").asDouble(),
                        a.get("description").asText()));
            }
            assertEquals(expected, reader.info().annotations());
            List<TriggerEvent> events = new ArrayList<>();
            for (JsonNode e : mne.get("events").get("events")) {
                events.add(new TriggerEvent(e.get(0).asLong() - reader.firstSample(), e.get(1).asInt(),
                        e.get(2).asInt()));
            }
            assertEquals(events, reader.events());
        }
    }
}
