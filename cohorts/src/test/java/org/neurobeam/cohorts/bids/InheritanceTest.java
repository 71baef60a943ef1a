package org.neurobeam.cohorts.bids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;

/** The BIDS Inheritance Principle on sidecars and events, in datasets written for the purpose. */
class InheritanceTest {

    @TempDir
    Path dir;

    @Test
    void lowerLevelsOverrideHigherOnesKeyByKey() throws IOException {
        TinyDataset ds = new TinyDataset(dir)
                .file("bold.json", "{\"A\": \"entity-free\", \"X\": \"entity-free\"}")
                .file("task-rest_bold.json", "{\"RepetitionTime\": 3, \"A\": \"root\", \"B\": \"root\", \"C\": \"root\"}")
                .file("task-other_bold.json", "{\"A\": \"other task\"}")
                .file("task-rest_physio.json", "{\"A\": \"physio\"}")
                .file("sub-01/sub-01_task-rest_bold.json", "{\"B\": \"subject\", \"C\": \"subject\"}")
                .file("sub-01/func/sub-01_task-rest_bold.json", "{\"C\": \"func\", \"RepetitionTime\": 1.5}")
                .file("sub-01/func/sub-01_task-rest_acq-fast_bold.json", "{\"C\": \"other acquisition\"}")
                .data("sub-01/func/sub-01_task-rest_bold.nii.gz")
                .data("sub-02/func/sub-02_task-rest_bold.nii.gz");
        DiscoveryResult result = Discovery.discover(dir);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        RecordingRef sub01 = result.recordings().get(0);
        assertEquals("entity-free", sub01.sidecar().get("X"));
        assertEquals("root", sub01.sidecar().get("A"));
        assertEquals("subject", sub01.sidecar().get("B"));
        assertEquals("func", sub01.sidecar().get("C"));
        assertEquals(1.5, sub01.repetitionTime().getAsDouble(), 0.0);
        assertEquals(List.of(ds.path("bold.json").toString(), ds.path("task-rest_bold.json").toString(),
                ds.path("sub-01/sub-01_task-rest_bold.json").toString(),
                ds.path("sub-01/func/sub-01_task-rest_bold.json").toString()), sub01.sidecarFiles());
        RecordingRef sub02 = result.recordings().get(1);
        assertEquals("root", sub02.sidecar().get("C"));
        assertEquals(3.0, sub02.repetitionTime().getAsDouble(), 0.0);
        assertEquals(List.of(ds.path("bold.json").toString(), ds.path("task-rest_bold.json").toString()),
                sub02.sidecarFiles());
    }

    @Test
    void malformedSidecarIsOneProblemAndTheRestStillApplies() throws IOException {
        TinyDataset ds = new TinyDataset(dir)
                .file("task-rest_bold.json", "{\"RepetitionTime\": 2.0,\n \"TaskName\": }")
                .file("sub-01/func/sub-01_task-rest_bold.json", "{\"TaskName\": \"rest\"}")
                .data("sub-01/func/sub-01_task-rest_bold.nii.gz")
                .data("sub-02/func/sub-02_task-rest_bold.nii.gz");
        DiscoveryResult result = Discovery.discover(dir);
        assertEquals(2, result.recordings().size());
        assertEquals(1, result.problems().size(), result.problems().toString());
        Problem problem = result.problems().get(0);
        assertEquals(ds.path("task-rest_bold.json").toString(), problem.path());
        assertEquals("discover", problem.stage());
        assertTrue(problem.reason().contains("malformed JSON") && problem.reason().contains("line 2"), problem.reason());
        RecordingRef sub01 = result.recordings().get(0);
        assertEquals("rest", sub01.sidecar().get("TaskName"));
        assertTrue(sub01.repetitionTime().isEmpty());
        assertEquals(List.of(ds.path("sub-01/func/sub-01_task-rest_bold.json").toString()), sub01.sidecarFiles());
        assertTrue(result.recordings().get(1).sidecar().isEmpty());
    }

    @Test
    void theClosestEventsFileApplies() throws IOException {
        TinyDataset ds = new TinyDataset(dir)
                .file("task-rest_events.tsv", "onset\tduration\n")
                .file("sub-01/func/sub-01_task-rest_events.tsv", "onset\tduration\n")
                .file("sub-01/func/sub-01_task-rest_run-2_events.tsv", "onset\tduration\n")
                .data("sub-01/func/sub-01_task-rest_run-1_bold.nii")
                .data("sub-01/func/sub-01_task-rest_run-2_bold.nii")
                .data("sub-02/func/sub-02_task-rest_bold.nii")
                .data("sub-02/func/sub-02_task-motor_bold.nii");
        List<String> events = Discovery.discover(dir).recordings().stream().map(RecordingRef::eventsPath).toList();
        // sorted ids: sub-01 run-1, sub-01 run-2, sub-02 motor, sub-02 rest
        assertEquals(ds.path("sub-01/func/sub-01_task-rest_events.tsv").toString(), events.get(0));
        assertEquals(ds.path("sub-01/func/sub-01_task-rest_run-2_events.tsv").toString(), events.get(1));
        assertEquals(null, events.get(2));
        assertEquals(ds.path("task-rest_events.tsv").toString(), events.get(3));
    }
}
