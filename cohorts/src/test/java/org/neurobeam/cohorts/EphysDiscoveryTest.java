package org.neurobeam.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.testing.SharedData;

/** The three electrophysiology examples: BrainVision EEG, CTF MEG (.ds directories), BrainVision iEEG. */
class EphysDiscoveryTest {

    @Test
    void eegMatchingPennies() throws IOException {
        Path root = SharedData.file("bids-examples/eeg_matchingpennies");
        DiscoveryResult result = Discovery.discover(root);
        // sub-05 .. sub-11, one _eeg.vhdr each; the .eeg/.vmrk companions, sourcedata/ and stimuli/ are not recordings
        assertEquals(List.of("05", "06", "07", "08", "09", "10", "11"),
                result.recordings().stream().map(RecordingRef::subject).toList());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        RecordingRef sub05 = result.recordings().get(0);
        assertEquals(Modality.EEG, sub05.modality());
        assertEquals("sub-05_task-matchingpennies_eeg", sub05.recordingId());
        assertEquals(".vhdr", sub05.extension());
        assertEquals("matchingpennies", sub05.task());
        assertEquals(5000, sub05.sidecar().get("SamplingFrequency"));
        assertEquals(List.of(root.resolve("task-matchingpennies_eeg.json").toString()), sub05.sidecarFiles());
        assertEquals(root.resolve("sub-05/eeg/sub-05_task-matchingpennies_events.tsv").toString(), sub05.eventsPath());
        // participants.tsv writes sex in lower case: sub-05 25 f, sub-06 30 m; and a handedness column
        assertEquals("F", sub05.participant().sex());
        assertEquals(25.0, sub05.participant().age());
        assertEquals("r", sub05.participant().columns().get("handedness"));
        assertEquals("M", result.recordings().get(1).participant().sex());
        assertEquals("Matching Pennies", sub05.dataset());
    }

    @Test
    void megCtfDirectories() throws IOException {
        Path root = SharedData.file("bids-examples/ds000246");
        DiscoveryResult result = Discovery.discover(root);
        assertEquals(List.of("sub-0001_task-AEF_run-01_meg", "sub-0001_task-AEF_run-02_meg",
                "sub-emptyroom_task-noise_run-01_meg"),
                result.recordings().stream().map(RecordingRef::recordingId).toList());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        for (RecordingRef r : result.recordings()) {
            assertEquals(Modality.MEG, r.modality());
            assertEquals(".ds", r.extension());
            assertTrue(Files.isDirectory(Path.of(r.path())), r.path());
            assertNull(r.eventsPath());
        }
        RecordingRef run1 = result.recordings().get(0);
        assertEquals(2400, run1.sidecar().get("SamplingFrequency"));
        // participants.tsv has CRLF line ends: sub-0001 25 Male Right; sub-emptyroom all n/a
        assertEquals(25.0, run1.participant().age());
        assertEquals("M", run1.participant().sex());
        assertEquals("Right", run1.participant().columns().get("dominant_hand"));
        Participant emptyRoom = result.recordings().get(2).participant();
        assertEquals("sub-emptyroom", emptyRoom.participantId());
        assertNull(emptyRoom.age());
        assertNull(emptyRoom.sex());
        assertEquals(List.of("participant_id"), List.copyOf(emptyRoom.columns().keySet()));
        assertEquals("emptyroom", result.recordings().get(2).subject());
    }

    @Test
    void ieegVisual() throws IOException {
        Path root = SharedData.file("bids-examples/ieeg_visual");
        DiscoveryResult result = Discovery.discover(root);
        assertEquals(List.of("sub-01_ses-01_task-visual_run-01_ieeg", "sub-02_ses-01_task-visual_run-01_ieeg",
                "sub-02_ses-01_task-visual_run-02_ieeg"),
                result.recordings().stream().map(RecordingRef::recordingId).toList());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        RecordingRef r = result.recordings().get(2);
        assertEquals(Modality.IEEG, r.modality());
        assertEquals(".vhdr", r.extension());
        assertEquals("01", r.session());
        assertEquals("02", r.run());
        assertEquals(root.resolve("sub-02/ses-01/ieeg/sub-02_ses-01_task-visual_run-02_events.tsv").toString(),
                r.eventsPath());
        assertEquals(60, r.sidecar().get("PowerLineFrequency"));
        // participants.tsv has only participant_id
        assertEquals("sub-02", r.participant().participantId());
        assertNull(r.participant().age());
    }
}
