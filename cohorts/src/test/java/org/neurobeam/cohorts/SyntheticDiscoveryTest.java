package org.neurobeam.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/**
 * synthetic: 5 subjects x 2 sessions x (nback runs 01, 02 and one rest) raw bold, plus fMRIPrep derivatives in
 * two spaces under derivatives/fmriprep; top-level task-nback_bold.json / task-rest_bold.json give TR 2.5.
 */
class SyntheticDiscoveryTest {

    private static final Path ROOT = SharedData.file("bids-examples/synthetic");
    private static DiscoveryResult result;

    @BeforeAll
    static void discover() throws IOException {
        result = Discovery.discover(ROOT);
    }

    @Test
    void findsRawAndDerivativeBold() {
        List<RecordingRef> raw = raw();
        assertEquals(30, raw.size());
        assertEquals(60, result.recordings().size() - raw.size());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals(90, result.recordings().stream().map(RecordingRef::recordingId).distinct().count());
        // physio, stim, T1w and beh files are not recordings
        assertTrue(result.recordings().stream().allMatch(r -> r.suffix().equals("bold") && r.extension().equals(".nii")));
    }

    @Test
    void parsesSessionsAndRuns() {
        assertEquals(Set.of("01", "02"), raw().stream().map(RecordingRef::session).collect(Collectors.toSet()));
        assertEquals(Set.of("01", "02", "03", "04", "05"),
                raw().stream().map(RecordingRef::subject).collect(Collectors.toSet()));
        assertEquals(Set.of("01", "02"), raw().stream().filter(r -> r.task().equals("nback"))
                .map(RecordingRef::run).collect(Collectors.toSet()));
        RecordingRef rest = find("sub-03_ses-02_task-rest_bold");
        assertNull(rest.run());
        assertEquals("02", rest.session());
        assertEquals(20, raw().stream().filter(r -> r.task().equals("nback")).count());
        assertEquals(10, raw().stream().filter(r -> r.task().equals("rest")).count());
    }

    @Test
    void inheritsRepetitionTimeAndEventsFromTheTopLevel() {
        RecordingRef nback = find("sub-01_ses-01_task-nback_run-01_bold");
        assertEquals(2.5, nback.repetitionTime().getAsDouble(), 0.0);
        assertEquals("N-Back", nback.sidecar().get("TaskName"));
        assertEquals(List.of(ROOT.resolve("task-nback_bold.json").toString()), nback.sidecarFiles());
        assertEquals(ROOT.resolve("task-nback_events.tsv").toString(), nback.eventsPath());
        RecordingRef rest = find("sub-05_ses-01_task-rest_bold");
        assertEquals("Rest", rest.sidecar().get("TaskName"));
        assertEquals(2.5, rest.repetitionTime().getAsDouble(), 0.0);
        assertNull(rest.eventsPath(), "there is no task-rest events file");
    }

    @Test
    void derivativesUseTheirOwnSidecarAndTheRawEvents() {
        String id = "sub-02_ses-02_task-nback_run-02_space-T1w_desc-preproc_bold";
        RecordingRef preproc = find(id);
        assertTrue(preproc.derivative());
        assertEquals("T1w", preproc.entities().get("space"));
        assertEquals(List.of(ROOT.resolve("derivatives/fmriprep/sub-02/ses-02/func/" + id + ".json").toString()),
                preproc.sidecarFiles());
        assertEquals(2.5, preproc.repetitionTime().getAsDouble(), 0.0);
        assertEquals(ROOT.resolve("task-nback_events.tsv").toString(), preproc.eventsPath());
        // fMRIPrep 1.0.6 wrote *_timeseries.tsv without desc-confounds: not a confounds table by name
        assertNull(preproc.confoundsPath());
        assertEquals("Synthetic dataset for inclusion in BIDS-examples", preproc.dataset());
    }

    @Test
    void typesParticipantsForRawAndDerivativeRecordings() {
        // participants.tsv: sub-01 34 F, sub-02 38 M, sub-05 42 M
        assertEquals(34.0, find("sub-01_ses-02_task-rest_bold").participant().age());
        assertEquals("F", find("sub-01_ses-02_task-rest_bold").participant().sex());
        Participant sub02 = find("sub-02_ses-01_task-nback_run-01_space-MNI152NLin2009cAsym_desc-preproc_bold").participant();
        assertEquals(38.0, sub02.age());
        assertEquals("M", sub02.sex());
        assertEquals(42.0, find("sub-05_ses-01_task-rest_bold").participant().age());
    }

    private static List<RecordingRef> raw() {
        return result.recordings().stream().filter(r -> !r.derivative()).toList();
    }

    private static RecordingRef find(String id) {
        return result.recordings().stream().filter(r -> r.recordingId().equals(id)).findFirst().orElseThrow();
    }
}
