package org.neurobeam.ingest.ephys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurobeam.ingest.brainvision.BrainVisionReader;
import org.neurobeam.ingest.brainvision.BrainVisionTestFiles;
import org.neurobeam.ingest.edf.EdfReader;
import org.neurobeam.ingest.edf.EdfTestFiles;
import org.neurobeam.ingest.fif.FifReader;
import org.neurobeam.ingest.testing.SharedData;

/**
 * The contract every {@link RawReader} honours on every file, after MNE's {@code _test_raw_reader}:
 * reading everything at once equals reading in windows of awkward sizes that straddle record, block
 * and buffer boundaries, for one channel and for several; windows outside the data fail; segments
 * cover the stored samples; gaps are reported where the file has them.
 */
class RawReaderConformanceTest {

    /** Window sizes chosen to be coprime with record (8..512 samples), block (4096) and buffer (250, 10) sizes. */
    private static final int[] WINDOWS = {1, 7, 127, 255, 257, 3, 1000, 4097, 2};

    @TempDir
    Path dir;

    interface Opener {
        RawReader open(Path dir) throws IOException;
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("EDF+C", (Opener) d -> EdfReader.open(SharedData.file("eeg/sim_edfplus.edf")), 0),
                Arguments.of("BDF+C", (Opener) d -> EdfReader.open(SharedData.file("eeg/sim_bdfplus.bdf")), 0),
                Arguments.of("EDF+D", (Opener) d -> EdfReader.open(EdfTestFiles.discontinuous(d)), 1),
                Arguments.of("BrainVision multiplexed INT_16",
                        (Opener) d -> BrainVisionReader.open(BrainVisionTestFiles.longRecording(d, false)), 0),
                Arguments.of("BrainVision vectorized FLOAT_32",
                        (Opener) d -> BrainVisionReader.open(BrainVisionTestFiles.longRecording(d, true)), 0),
                Arguments.of("FIF float32", (Opener) d -> FifReader.open(SharedData.file("fif/sim_eeg_raw.fif")), 0),
                Arguments.of("FIF int16",
                        (Opener) d -> FifReader.open(SharedData.file("fif/sim_eeg_short_raw.fif")), 0),
                Arguments.of("FIF with skip", (Opener) d -> FifReader.open(resource("/fif/fif_skip_raw.fif")), 1),
                Arguments.of("FIF split in 3 parts", (Opener) d -> FifReader.open(resource("/fif/split_raw.fif")), 0));
    }

    private static Path resource(String name) {
        try {
            return Path.of(RawReaderConformanceTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void windowedReadsEqualTheWholeChannel(String name, Opener opener, int gaps) throws IOException {
        try (RawReader reader = opener.open(dir)) {
            List<Channel> channels = reader.info().channels();
            assertFalse(channels.isEmpty());
            for (int c = 0; c < channels.size(); c++) {
                int n = (int) channels.get(c).sampleCount();
                double[] all = reader.read(c, 0, n);
                assertArrayEquals(all, reader.read(c, 0, n), "reads repeat");
                double[] pieces = new double[n];
                int at = 0;
                for (int w = 0; at < n; w++) {
                    int size = Math.min(WINDOWS[w % WINDOWS.length], n - at);
                    System.arraycopy(reader.read(c, at, size), 0, pieces, at, size);
                    at += size;
                }
                assertArrayEquals(all, pieces, channels.get(c).name());
                assertEquals(all[n - 1], reader.read(c, n - 1, 1)[0]);
                assertEquals(0, reader.read(c, n, 0).length);
                int channel = c;
                assertThrows(IllegalArgumentException.class, () -> reader.read(channel, n, 1));
                assertThrows(IllegalArgumentException.class, () -> reader.read(channel, -1, 1));
            }
            assertThrows(IllegalArgumentException.class, () -> reader.read(channels.size(), 0, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void multiChannelWindowsEqualSingleChannelReads(String name, Opener opener, int gaps) throws IOException {
        try (RawReader reader = opener.open(dir)) {
            Map<Double, List<Integer>> byRate = new LinkedHashMap<>();
            List<Channel> channels = reader.info().channels();
            for (int c = 0; c < channels.size(); c++) {
                byRate.computeIfAbsent(channels.get(c).sampleRate(), r -> new ArrayList<>()).add(c);
            }
            for (List<Integer> group : byRate.values()) {
                int[] picks = group.stream().mapToInt(Integer::intValue).toArray();
                int n = (int) channels.get(picks[0]).sampleCount();
                for (int start = 0, w = 0; start < n; w++) {
                    int size = Math.min(WINDOWS[w % WINDOWS.length] * 3, n - start);
                    double[][] window = reader.read(picks, start, size);
                    for (int i = 0; i < picks.length; i++) {
                        assertArrayEquals(reader.read(picks[i], start, size), window[i], channels.get(picks[i]).name());
                    }
                    start += size;
                }
            }
            if (byRate.size() > 1) {
                int[] mixed = {byRate.values().iterator().next().get(0), channels.size() - 1};
                assertThrows(IllegalArgumentException.class, () -> reader.read(mixed, 0, 1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void segmentsCoverTheStoredSamplesAndGapsAreReported(String name, Opener opener, int gaps) throws IOException {
        try (RawReader reader = opener.open(dir)) {
            RawInfo info = reader.info();
            List<Segment> segments = info.segments();
            Segment last = segments.get(segments.size() - 1);
            for (Channel c : info.channels()) {
                assertTrue(c.sampleRate() > 0);
                assertEquals(c.sampleCount() / c.sampleRate(), last.storedStart() + last.duration(), 1e-9, c.name());
            }
            for (int i = 1; i < segments.size(); i++) {
                assertTrue(segments.get(i).onset() >= segments.get(i - 1).end());
                Segment previous = segments.get(i - 1);
                assertTrue(segments.get(i).storedStart() >= previous.storedStart() + previous.duration() - 1e-9);
            }
            assertEquals(gaps, info.gaps().size());
            for (Annotation a : info.annotations()) {
                assertTrue(Double.isFinite(a.onset()) && !a.description().isEmpty(), a::toString);
            }
            for (TriggerEvent e : reader.events()) {
                assertTrue(e.sample() > 0 && e.value() > e.previous(), e::toString);
            }
        }
    }
}
