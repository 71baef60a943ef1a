package org.neurobeam.ingest.edf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Approx;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.testing.SharedData;

/**
 * EDF+ and BDF+ files written by EDFlib against EDFlib's and MNE's readback in their {@code .ref.json}:
 * header fields, native-rate digital and physical samples (EDFlib), SI values of top-rate channels
 * (MNE; MNE 1.3 resamples the others), sums, extremes, annotations, start time.
 */
class EdfReferenceTest {

    private static final double REL = 1e-12;
    private static final Approx APPROX = new Approx();

    @AfterAll
    static void report() {
        System.out.println("EdfReferenceTest max relative differences:\n" + APPROX.report());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eeg/sim_edfplus.edf", "eeg/sim_bdfplus.bdf"})
    void headerMatchesEdflib(String name) throws IOException {
        Path file = SharedData.file(name);
        JsonNode lib = SharedData.json(Path.of(file + ".ref.json")).get("edflib_readback");
        try (EdfReader reader = EdfReader.open(file)) {
            EdfHeader h = reader.header();
            assertEquals(lib.get("filetype").asText(), h.variant().label().replace("+C", "+"));
            assertEquals(lib.get("n_signals_excluding_annotation_channels").asInt(), reader.info().channels().size());
            assertEquals(lib.get("datarecord_duration_s").asDouble(), h.recordDuration());
            assertEquals(lib.get("datarecords_in_file").asLong(), h.records());
            assertEquals(LocalDateTime.parse(lib.get("start").asText()), h.start());
            assertEquals(Instant.parse(lib.get("start").asText() + "Z")
                    .plusNanos(Math.round(lib.get("starttime_subsecond_s").asDouble() * 1e9)), reader.info().start());
            EdfIdentity id = h.identity();
            assertEquals(lib.get("patientcode").asText(), id.patientCode());
            assertEquals(lib.get("gender").asText(), "M".equals(id.sex()) ? "Male" : "Female");
            assertEquals(lib.get("birthdate").asText(),
                    id.birthdate().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                            .toLowerCase(Locale.ROOT));
            assertEquals(lib.get("patient_name").asText(), id.patientName());
            assertEquals(lib.get("patient_additional").asText().strip(), id.patientAdditional());
            assertEquals(lib.get("admincode").asText(), id.admincode());
            assertEquals(lib.get("technician").asText(), id.technician());
            assertEquals(lib.get("equipment").asText(), id.equipment());
            assertEquals(lib.get("recording_additional").asText().strip(),
                    id.recordingAdditional() == null ? "" : id.recordingAdditional());
            assertTrue(reader.info().warnings().isEmpty(), reader.info().warnings()::toString);
            assertEquals(1, reader.info().segments().size());
            assertTrue(reader.info().gaps().isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eeg/sim_edfplus.edf", "eeg/sim_bdfplus.bdf"})
    void signalsMatchEdflibAtNativeRate(String name) throws IOException {
        Path file = SharedData.file(name);
        JsonNode lib = SharedData.json(Path.of(file + ".ref.json")).get("edflib_readback");
        try (EdfReader reader = EdfReader.open(file)) {
            for (JsonNode ref : lib.get("signals")) {
                int c = ref.get("index").asInt();
                EdfSignal s = reader.signal(c);
                Channel ch = reader.info().channels().get(c);
                String label = ref.get("label").asText().strip();
                assertEquals(label, s.label());
                assertEquals(label, ch.name());
                assertEquals(ref.get("physical_dimension").asText().strip(), s.dimension());
                assertEquals(ref.get("prefilter").asText().strip(), s.prefilter());
                assertEquals(ref.get("transducer").asText().strip(), s.transducer());
                assertEquals(ref.get("samples_per_record").asInt(), s.samplesPerRecord());
                assertEquals(ref.get("sample_rate_hz").asDouble(), ch.sampleRate());
                assertEquals(ref.get("samples_in_file").asLong(), ch.sampleCount());
                assertEquals(ref.get("physical_min").asDouble(), s.physicalMin());
                assertEquals(ref.get("physical_max").asDouble(), s.physicalMax());
                assertEquals(ref.get("digital_min").asInt(), s.digitalMin());
                assertEquals(ref.get("digital_max").asInt(), s.digitalMax());
                APPROX.close(ref.get("bitvalue").asDouble(), s.gain(), REL, label + ": bitvalue");

                int n = (int) ch.sampleCount();
                int[] digital = reader.readDigital(c, 0, n);
                double[] physical = reader.readPhysical(c, 0, n);
                int[] firstDigital = new int[10];
                Arrays.setAll(firstDigital, i -> ref.get("first_digital").get(i).asInt());
                assertArrayEquals(firstDigital, Arrays.copyOf(digital, 10), label);
                assertEquals(ref.get("digital_sum").asLong(), Arrays.stream(digital).asLongStream().sum(), label);
                APPROX.close(SharedData.numbers(ref.get("first_physical")), Arrays.copyOf(physical, 10), REL,
                        label + ": first_physical");
                APPROX.close(ref.get("last_physical").asDouble(), physical[n - 1], REL, label + ": last_physical");
                APPROX.sum(ref.get("physical_sum").asDouble(), physical, REL, label + ": physical_sum");
                APPROX.close(ref.get("physical_min_value").asDouble(), Arrays.stream(physical).min().orElseThrow(), REL,
                        label + ": physical_min_value");
                APPROX.close(ref.get("physical_max_value").asDouble(), Arrays.stream(physical).max().orElseThrow(), REL,
                        label + ": physical_max_value");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eeg/sim_edfplus.edf", "eeg/sim_bdfplus.bdf"})
    void topRateChannelsMatchMneInSiUnits(String name) throws IOException {
        Path file = SharedData.file(name);
        JsonNode mne = SharedData.json(Path.of(file + ".ref.json")).get("mne_readback");
        try (EdfReader reader = EdfReader.open(file)) {
            List<Channel> channels = reader.info().channels();
            for (int c = 0; c < channels.size(); c++) {
                JsonNode ref = mne.get("channels").get(c);
                Channel ch = channels.get(c);
                assertEquals(ref.get("name").asText(), ch.name());
                if (ref.get("orig_unit").asText().matches("\u00b5V|mV")) {
                    assertEquals("V", ch.unit(), ch.name());
                }
                if (ch.sampleRate() != mne.get("sfreq").asDouble()) {
                    continue;
                }
                assertEquals(mne.get("n_times").asLong(), ch.sampleCount());
                double[] values = reader.read(c, 0, (int) ch.sampleCount());
                APPROX.close(SharedData.numbers(ref.get("first_10")), Arrays.copyOf(values, 10), REL,
                        ch.name() + ": mne first_10");
                APPROX.close(ref.get("last").asDouble(), values[values.length - 1], REL, ch.name() + ": mne last");
                APPROX.sum(ref.get("sum").asDouble(), values, REL, ch.name() + ": mne sum");
                APPROX.close(ref.get("min").asDouble(), Arrays.stream(values).min().orElseThrow(), REL,
                        ch.name() + ": mne min");
                APPROX.close(ref.get("max").asDouble(), Arrays.stream(values).max().orElseThrow(), REL,
                        ch.name() + ": mne max");
            }
            assertEquals(Instant.parse(mne.get("meas_date").asText().replace("+00:00", "Z")), reader.info().start());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eeg/sim_edfplus.edf", "eeg/sim_bdfplus.bdf"})
    void annotationsMatchEdflibAndMne(String name) throws IOException {
        Path file = SharedData.file(name);
        JsonNode ref = SharedData.json(Path.of(file + ".ref.json"));
        try (EdfReader reader = EdfReader.open(file)) {
            List<Annotation> got = reader.info().annotations();
            JsonNode lib = ref.get("edflib_readback").get("annotations");
            JsonNode mne = ref.get("mne_readback").get("annotations");
            assertEquals(lib.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                Annotation a = got.get(i);
                assertEquals(lib.get(i).get("onset_s").asDouble(), a.onset());
                assertEquals(lib.get(i).get("text").asText(), a.description());
                assertEquals(mne.get(i).get("description").asText(), a.description());
                if (lib.get(i).get("duration_s").isNull()) {
                    assertNull(a.duration());
                    assertEquals(0.0, mne.get(i).get("duration_s").asDouble());
                } else {
                    assertEquals(lib.get(i).get("duration_s").asDouble(), a.duration());
                    assertEquals(mne.get(i).get("duration_s").asDouble(), a.duration());
                }
            }
        }
    }

    @Test
    void unitsAndTypes() throws IOException {
        try (EdfReader edf = EdfReader.open(SharedData.file("eeg/sim_edfplus.edf"));
                EdfReader bdf = EdfReader.open(SharedData.file("eeg/sim_bdfplus.bdf"))) {
            assertEquals(List.of("V", "V", "V", "V", "degC"),
                    edf.info().channels().stream().map(Channel::unit).toList());
            assertEquals(List.of(ChannelType.EEG, ChannelType.EEG, ChannelType.ECG, ChannelType.RESP, ChannelType.TEMP),
                    edf.info().channels().stream().map(Channel::type).toList());
            assertEquals(List.of("V", "V", "V", "uS"), bdf.info().channels().stream().map(Channel::unit).toList());
            assertEquals(List.of(ChannelType.EEG, ChannelType.EEG, ChannelType.EEG, ChannelType.GSR),
                    bdf.info().channels().stream().map(Channel::type).toList());
            assertEquals(EdfVariant.BDF_PLUS_C, bdf.header().variant());
            assertEquals(Modality.EEG, bdf.info().modality());
            assertEquals(List.of(), bdf.events());
        }
    }
}
