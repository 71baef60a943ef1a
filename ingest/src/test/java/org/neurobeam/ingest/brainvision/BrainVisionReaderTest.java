package org.neurobeam.ingest.brainvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Approx;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.testing.SharedData;

/** BrainVision triples written by {@link BrainVisionFixture} with known values, and bids-examples headers. */
class BrainVisionReaderTest {

    private static final double REL = 1e-12;
    private static final Approx APPROX = new Approx();
    /** stored[channel][sample]: integers that fit INT_16, exact in float32. */
    private static final double[][] STORED = {
        {0, 1, -1, 32767, -32768, 250, -250, 12, 13, 14},
        {5, 10, 15, 20, 25, 30, 35, 40, 45, 50},
        {-7, 7, -7, 7, -7, 7, -7, 7, -7, 7},
        {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000},
    };

    @TempDir
    Path dir;

    @AfterAll
    static void report() {
        System.out.println("BrainVisionReaderTest max relative differences:\n" + APPROX.report());
    }

    static Stream<Arguments> layouts() {
        return Stream.of(BinaryFormat.values()).flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
    }

    static BrainVisionFixture fourChannels() {
        return new BrainVisionFixture()
                .channel("Fp1,,0.1,\u00b5V")
                .channel("HEOGL,,0.5")
                .channel("Temp\\1skin,,0.25,\u00b0C")
                .channel("Pz,FCz,2,mV")
                .data(STORED);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void valuesAreStoredTimesResolutionInSiUnits(BinaryFormat format, boolean vectorized) throws IOException {
        BrainVisionFixture fixture = fourChannels().format(format);
        Path vhdr = (vectorized ? fixture.vectorized() : fixture).write(dir, "rec");
        double[] scale = {0.1e-6, 0.5e-6, 0.25, 2e-3};
        try (BrainVisionReader reader = BrainVisionReader.open(vhdr)) {
            List<Channel> channels = reader.info().channels();
            assertEquals(List.of("Fp1", "HEOGL", "Temp,skin", "Pz"), channels.stream().map(Channel::name).toList());
            assertEquals(List.of("V", "V", "\u00b0C", "V"), channels.stream().map(Channel::unit).toList());
            assertEquals(List.of(ChannelType.EEG, ChannelType.EOG, ChannelType.MISC, ChannelType.EEG),
                    channels.stream().map(Channel::type).toList());
            assertEquals("FCz", reader.header().channels().get(3).reference());
            for (int c = 0; c < 4; c++) {
                assertEquals(500.0, channels.get(c).sampleRate());
                assertEquals(10, channels.get(c).sampleCount());
                double[] got = reader.read(c, 0, 10);
                for (int s = 0; s < 10; s++) {
                    APPROX.close(STORED[c][s] * scale[c], got[s], REL, format + " value");
                }
            }
        }
    }

    @Test
    void markersBecomeAnnotationsAndTheSegmentDateTheStart() throws IOException {
        Path vhdr = fourChannels()
                .marker("New Segment,,1,1,0,20230102030405123456")
                .marker("Stimulus,S  1,3,1,0")
                .marker("Comment,St\u00f6rung\\1 kurz,6,3,2")
                .write(dir, "markers");
        try (BrainVisionReader reader = BrainVisionReader.open(vhdr)) {
            assertEquals(Instant.parse("2023-01-02T03:04:05.123456Z"), reader.info().start());
            assertEquals(List.of(new Annotation(0, 0.002, "New Segment/"),
                    new Annotation(0.004, 0.002, "Stimulus/S  1"),
                    new Annotation(0.01, 0.006, "Comment/St\u00f6rung, kurz")), reader.info().annotations());
            assertTrue(reader.info().warnings().isEmpty(), reader.info().warnings()::toString);
            assertEquals(List.of(), reader.events());
        }
    }

    @Test
    void codepageAnsiIsWindows1252() throws IOException {
        Charset ansi = Charset.forName("windows-1252");
        Path vhdr = new BrainVisionFixture().codepage("ANSI", ansi).channel("Fp1\u20ac,,1,\u00b5V")
                .marker("Stimulus,\u00c4rger,2,1,0").data(new double[][] {{1, 2}}).write(dir, "ansi");
        assertEquals((byte) 0x80, Files.readAllBytes(vhdr)[Files.readString(vhdr, ansi).indexOf('\u20ac')]);
        try (BrainVisionReader reader = BrainVisionReader.open(vhdr)) {
            assertEquals("Fp1\u20ac", reader.info().channels().get(0).name());
            assertEquals("V", reader.info().channels().get(0).unit());
            assertEquals("Stimulus/\u00c4rger", reader.info().annotations().get(0).description());
            assertNull(reader.info().start());
        }
    }

    @Test
    void codepageLatin1AndUtf8() throws IOException {
        Path latin = new BrainVisionFixture().codepage("Latin-1", StandardCharsets.ISO_8859_1).channel("F\u00e9,,1")
                .data(new double[][] {{3}}).write(dir, "latin");
        Path utf8 = new BrainVisionFixture().codepage("UTF-8", StandardCharsets.UTF_8).channel("F\u00e9\u2713,,1")
                .data(new double[][] {{3}}).write(dir, "utf8");
        try (BrainVisionReader a = BrainVisionReader.open(latin); BrainVisionReader b = BrainVisionReader.open(utf8)) {
            assertEquals("F\u00e9", a.info().channels().get(0).name());
            assertEquals("F\u00e9\u2713", b.info().channels().get(0).name());
            assertEquals(3e-6, b.read(0, 0, 1)[0]);
        }
    }

    @Test
    void bidsExampleHeadersParse() throws IOException {
        Path vhdr = SharedData.file(
                "bids-examples/eeg_matchingpennies/sub-05/eeg/sub-05_task-matchingpennies_eeg.vhdr");
        long markers = Files.readAllLines(Path.of(vhdr.toString().replace(".vhdr", ".vmrk"))).stream()
                .filter(l -> l.startsWith("Mk")).count();
        try (BrainVisionReader reader = BrainVisionReader.open(vhdr)) {
            List<Channel> channels = reader.info().channels();
            assertEquals(List.of("FC5", "FC1", "C3", "CP5", "CP1", "FC2", "FC6", "C4", "CP2", "CP6"),
                    channels.stream().map(Channel::name).toList());
            assertEquals(5000.0, channels.get(0).sampleRate());
            assertEquals(0, channels.get(0).sampleCount(), "the data file is an empty placeholder");
            assertEquals(markers, reader.info().annotations().size());
            assertEquals(new Annotation(0, 1 / 5000.0, "New Segment/"), reader.info().annotations().get(0));
        }
        Path ieeg = SharedData.file(
                "bids-examples/ieeg_visual/sub-02/ses-01/ieeg/sub-02_ses-01_task-visual_run-01_ieeg.vhdr");
        try (BrainVisionReader reader = BrainVisionReader.open(ieeg)) {
            assertEquals(96, reader.info().channels().size());
            APPROX.close(1e6 / 655.308, reader.info().channels().get(0).sampleRate(), REL, "ieeg rate");
        }
    }
}
