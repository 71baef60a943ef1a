package org.neurobeam.preprocess.ephys.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ReferenceData;
import org.neurobeam.preprocess.ephys.MneReference;

/** {@code set_eeg_reference} and {@code set_bipolar_reference} on a RawArray with a bad channel. */
class RereferenceTest {

    private static final JsonNode REF = MneReference.load("reference.json");

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static final Channels CHANNELS = new Channels(strings(REF.get("names")), Fixtures.matrix(REF.get("data")));
    private static final List<String> BADS = strings(REF.get("bads"));

    private static void assertMatches(String what, JsonNode expected, Channels actual) {
        double diff = ReferenceData.maxAbsDiff(Fixtures.matrix(expected), actual.data());
        MneReference.report("reference " + what + " max |diff|", diff);
        assertTrue(diff < 1e-12, what + " " + diff);
    }

    @Test
    void averageExcludesAndKeepsBadChannels() {
        assertMatches("average", REF.get("average"), Rereference.average(CHANNELS, BADS));
    }

    @Test
    void referenceChannels() {
        assertMatches("Cz", REF.get("cz"), Rereference.toChannels(CHANNELS, List.of("Cz"), BADS));
        assertMatches("Cz+LB1", REF.get("cz_lb1"), Rereference.toChannels(CHANNELS, List.of("Cz", "LB1"), BADS));
    }

    @Test
    void bipolarPairsAppendedAndElectrodesDropped() {
        Channels bipolar = Rereference.bipolar(CHANNELS, List.of("LA1", "LA2", "LB1"), List.of("LA2", "LA3", "LB2"));
        assertEquals(strings(REF.get("bipolar_names")), bipolar.names());
        assertMatches("bipolar", REF.get("bipolar"), bipolar);
    }

    @Test
    void seegShaftsGiveTheSamePairs() {
        assertEquals(List.of(new SeegShafts.Pair("LA1", "LA2"), new SeegShafts.Pair("LA2", "LA3"),
                new SeegShafts.Pair("LB1", "LB2")), SeegShafts.bipolarPairs(CHANNELS.names()));
        assertMatches("sEEG shafts", REF.get("bipolar"), SeegShafts.bipolar(CHANNELS));
    }

    @Test
    void shaftNamingVariants() {
        List<SeegShafts.Pair> pairs = SeegShafts.bipolarPairs(List.of("B'2", "B'1", "LA01", "LA02", "LA04", "ECG",
                "LA05", "X1"));
        assertEquals(List.of(new SeegShafts.Pair("B'1", "B'2"), new SeegShafts.Pair("LA01", "LA02"),
                new SeegShafts.Pair("LA04", "LA05")), pairs);
    }

    @Test
    void unknownChannelsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rereference.toChannels(CHANNELS, List.of("Pz"), BADS));
        assertTrue(e.getMessage().contains("Pz"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Rereference.bipolar(CHANNELS, List.of("LA1"), List.of()));
    }
}
