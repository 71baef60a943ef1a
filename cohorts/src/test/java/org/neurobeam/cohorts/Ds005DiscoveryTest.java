package org.neurobeam.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.testing.SharedData;

/** ds005 (mixed-gambles fMRI): 16 subjects x 3 runs of 0-byte bold placeholders, a top-level TR sidecar. */
class Ds005DiscoveryTest {

    private static final Path ROOT = SharedData.file("bids-examples/ds005");
    private static DiscoveryResult result;

    @BeforeAll
    static void discover() throws IOException {
        result = Discovery.discover(ROOT);
    }

    @Test
    void findsEveryRawBoldRunAndNothingElse() {
        // find ds005 -name '*_bold.nii.gz' | wc -l  ->  48
        assertEquals(48, result.recordings().size());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertTrue(result.recordings().stream().allMatch(r -> r.modality() == Modality.BOLD && !r.derivative()
                && r.extension().equals(".nii.gz") && r.suffix().equals("bold")));
    }

    @Test
    void parsesSubjectsTasksAndRuns() {
        Set<String> subjects = result.recordings().stream().map(RecordingRef::subject).collect(Collectors.toSet());
        assertEquals(16, subjects.size());
        assertTrue(subjects.contains("01") && subjects.contains("16"));
        assertEquals(Set.of("mixedgamblestask"),
                result.recordings().stream().map(RecordingRef::task).collect(Collectors.toSet()));
        assertEquals(new TreeSet<>(List.of("01", "02", "03")),
                result.recordings().stream().map(RecordingRef::run).collect(Collectors.toCollection(TreeSet::new)));
        RecordingRef first = result.recordings().get(0);
        assertEquals("sub-01_task-mixedgamblestask_run-01_bold", first.recordingId());
        assertEquals(List.of("sub", "task", "run"), List.copyOf(first.entities().keySet()));
        assertEquals(null, first.session());
        assertEquals(ROOT.resolve("sub-01/func/sub-01_task-mixedgamblestask_run-01_bold.nii.gz").toString(),
                first.path());
        assertEquals("Mixed-gambles task", first.dataset());
    }

    @Test
    void inheritsRepetitionTimeFromTopLevelTaskSidecar() {
        for (RecordingRef r : result.recordings()) {
            assertEquals(2.0, r.repetitionTime().getAsDouble(), 0.0, r.recordingId());
            assertEquals("mixed-gambles task", r.sidecar().get("TaskName"));
            assertEquals(List.of(ROOT.resolve("task-mixedgamblestask_bold.json").toString()), r.sidecarFiles());
        }
    }

    @Test
    void findsTheEventsOfEachRun() {
        RecordingRef sub07run2 = find("sub-07_task-mixedgamblestask_run-02_bold");
        assertEquals(ROOT.resolve("sub-07/func/sub-07_task-mixedgamblestask_run-02_events.tsv").toString(),
                sub07run2.eventsPath());
        assertTrue(result.recordings().stream().allMatch(r -> r.eventsPath() != null));
        assertTrue(result.recordings().stream().allMatch(r -> r.confoundsPath() == null));
    }

    @Test
    void typesParticipants() {
        // participants.tsv: sub-01 M 28, sub-02 F 21, sub-16 M 22
        Participant sub01 = find("sub-01_task-mixedgamblestask_run-03_bold").participant();
        assertEquals("sub-01", sub01.participantId());
        assertEquals(28.0, sub01.age());
        assertEquals("M", sub01.sex());
        Participant sub02 = find("sub-02_task-mixedgamblestask_run-01_bold").participant();
        assertEquals(21.0, sub02.age());
        assertEquals("F", sub02.sex());
        Participant sub16 = find("sub-16_task-mixedgamblestask_run-01_bold").participant();
        assertEquals(22.0, sub16.age());
        assertEquals("M", sub16.sex());
        assertEquals(List.of("participant_id", "sex", "age"), List.copyOf(sub16.columns().keySet()));
    }

    @Test
    void recordingIdsAreUnique() {
        assertEquals(result.recordings().size(),
                result.recordings().stream().map(RecordingRef::recordingId).distinct().count());
        assertFalse(result.recordings().isEmpty());
    }

    private static RecordingRef find(String id) {
        return result.recordings().stream().filter(r -> r.recordingId().equals(id)).findFirst().orElseThrow();
    }
}
