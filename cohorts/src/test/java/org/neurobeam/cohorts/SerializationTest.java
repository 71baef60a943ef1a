package org.neurobeam.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/** Discovery results cross Java serialization (as Beam's SerializableCoder needs), nested sidecar values included. */
class SerializationTest {

    @Test
    void eegResultSurvivesARoundTrip() throws IOException, ClassNotFoundException {
        DiscoveryResult copy = roundTrip(Discovery.discover(SharedData.file("bids-examples/eeg_matchingpennies")));
        RecordingRef sub05 = copy.recordings().get(0);
        assertEquals("sub-05_task-matchingpennies_eeg", sub05.recordingId());
        assertEquals(25.0, sub05.participant().age());
        // task-matchingpennies_eeg.json: "HardwareFilters" is a nested object
        assertInstanceOf(Map.class, sub05.sidecar().get("HardwareFilters"));
        assertEquals(7, copy.recordings().size());
    }

    @Test
    void fmriprepResultSurvivesARoundTrip() throws IOException, ClassNotFoundException {
        DiscoveryResult copy = roundTrip(Discovery.discover(SharedData.file("bids-examples/ds000001-fmriprep")));
        assertEquals(24, copy.recordings().size());
        assertEquals(2.0, copy.recordings().get(0).repetitionTime().getAsDouble(), 0.0);
    }

    private static DiscoveryResult roundTrip(DiscoveryResult result) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (DiscoveryResult) in.readObject();
        }
    }
}
