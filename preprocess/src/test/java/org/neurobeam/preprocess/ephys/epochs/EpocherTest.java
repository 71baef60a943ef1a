package org.neurobeam.preprocess.ephys.epochs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ephys.MneReference;

/** {@code mne.Epochs} on a RawArray (Fz eeg, LA1 seeg, volts) with edge events and rejection. */
class EpocherTest {

    private static final JsonNode REF = MneReference.load("epochs.json");
    private static final double SFREQ = REF.get("sfreq").asDouble();

    private static Recording recording() {
        double[][] x = Fixtures.matrix(MneReference.load("filters.json").get("x"));
        for (double[] row : x) {
            for (int t = 0; t < row.length; t++) {
                row[t] *= 1e-6;
            }
        }
        return new Recording(List.of("Fz", "LA1"), List.of("eeg", "seeg"), Set.of(), x, SFREQ, 0);
    }

    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        REF.get("events").forEach(e -> events.add(new Event(e.get(0).asInt(), e.get(2).asInt())));
        return events;
    }

    private static double maxRelative(JsonNode expected, double[][][] actual) {
        assertEquals(expected.size(), actual.length);
        double diff = 0;
        for (int e = 0; e < actual.length; e++) {
            diff = Math.max(diff, MneReference.relative(Fixtures.matrix(expected.get(e)), actual[e]));
        }
        return diff;
    }

    @Test
    void defaultsWithRejectionMatchMne() {
        Map<String, Double> reject = new LinkedHashMap<>();
        reject.put("eeg", REF.get("reject").get("eeg").asDouble());
        reject.put("seeg", REF.get("reject").get("seeg").asDouble());
        Epochs epochs = Epocher.cut(recording(), events(), EpochConfig.defaults().withReject(reject));
        assertArrayEquals(SharedData.numbers(REF.get("times")), epochs.times(), 1e-15);
        int[] kept = new int[REF.get("kept").size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = REF.get("kept").get(i).asInt();
        }
        assertArrayEquals(kept, epochs.selection());
        List<List<String>> dropLog = new ArrayList<>();
        for (JsonNode reasons : REF.get("drop_log")) {
            List<String> r = new ArrayList<>();
            reasons.forEach(n -> r.add(n.asText()));
            dropLog.add(r);
        }
        assertEquals(dropLog, epochs.dropLog());
        double diff = maxRelative(REF.get("data"), epochs.data());
        MneReference.report("epochs (baseline (None, 0), reject) relative", diff);
        assertTrue(diff < 1e-12, "epochs " + diff);
    }

    @Test
    void otherWindowAndBaselineMatchMne() {
        EpochConfig config = EpochConfig.defaults().withWindow(-0.1, 0.3).withBaseline(new Baseline(-0.05, 0.02));
        Epochs epochs = Epocher.cut(recording(), events(), config);
        assertArrayEquals(SharedData.numbers(REF.get("odd_times")), epochs.times(), 1e-15);
        double diff = maxRelative(REF.get("odd_data"), epochs.data());
        MneReference.report("epochs (-0.1..0.3, baseline (-0.05, 0.02)) relative", diff);
        assertTrue(diff < 1e-12, "epochs " + diff);
    }

    @Test
    void peakToPeakWithoutBaselineAndBadChannelsSkipped() {
        EpochConfig none = EpochConfig.defaults().withBaseline(null);
        Recording rec = recording();
        Epochs plain = Epocher.cut(rec, events(), none);
        assertArrayEquals(new int[] {1, 2, 3, 4}, plain.selection());
        Recording withBad = new Recording(rec.names(), rec.types(), Set.of("Fz"), rec.data(), SFREQ, 0);
        Epochs lenient = Epocher.cut(withBad, events(), none.withReject(Map.of("eeg", 1e-9)));
        assertArrayEquals(new int[] {1, 2, 3, 4}, lenient.selection());
        Epochs strict = Epocher.cut(rec, events(), none.withReject(Map.of("eeg", 1e-9)));
        assertEquals(0, strict.data().length);
        assertEquals(List.of("Fz"), strict.dropLog().get(1));
    }

    @Test
    void baselineOutsideTheWindowIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EpochConfig.defaults().withBaseline(new Baseline(-0.5, 0.0)));
        assertTrue(e.getMessage().contains("baseline"), e.getMessage());
    }
}
