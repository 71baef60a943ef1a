package org.neurobeam.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.testing.SharedData;

/**
 * ds000001-fmriprep, a derivative dataset (DatasetType "derivative"): subjects 10, 11, 13, 16 x 3 runs, each
 * with a desc-preproc bold in MNI152NLin2009cAsym res-2 and a desc-smoothAROMAnonaggr bold in MNI152NLin6Asym,
 * and one desc-confounds_timeseries.tsv per run (which its .bidsignore hides from the validator).
 */
class FmriprepDiscoveryTest {

    private static final Path ROOT = SharedData.file("bids-examples/ds000001-fmriprep");
    private static final String RUN1 = "sub-10_task-balloonanalogrisktask_run-1";
    private static DiscoveryResult result;

    @BeforeAll
    static void discover() throws IOException {
        result = Discovery.discover(ROOT);
    }

    @Test
    void findsBothPreprocessedBoldSeriesOfEveryRun() {
        // find . -name '*desc-preproc_bold.nii.gz' -> 12; '*desc-smoothAROMAnonaggr_bold.nii.gz' -> 12
        assertEquals(24, result.recordings().size());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Map<String, Long> byDesc = result.recordings().stream()
                .collect(Collectors.groupingBy(r -> r.entities().get("desc"), Collectors.counting()));
        assertEquals(Map.of("preproc", 12L, "smoothAROMAnonaggr", 12L), byDesc);
        assertTrue(result.recordings().stream().allMatch(r -> r.derivative() && r.modality() == Modality.BOLD));
        assertEquals(Set.of("10", "11", "13", "16"),
                result.recordings().stream().map(RecordingRef::subject).collect(Collectors.toSet()));
        assertEquals(24, result.recordings().stream().map(RecordingRef::recordingId).distinct().count());
    }

    @Test
    void keepsSpaceResAndDescEntitiesInFileOrder() {
        RecordingRef preproc = find(RUN1 + "_space-MNI152NLin2009cAsym_res-2_desc-preproc_bold");
        assertEquals(List.of("sub", "task", "run", "space", "res", "desc"), List.copyOf(preproc.entities().keySet()));
        assertEquals("MNI152NLin2009cAsym", preproc.entities().get("space"));
        assertEquals("2", preproc.entities().get("res"));
        assertEquals("1", preproc.run());
        assertEquals("fMRIPrep - fMRI PREProcessing workflow", preproc.dataset());
        assertEquals(2.0, preproc.repetitionTime().getAsDouble(), 0.0);
        assertEquals(false, preproc.sidecar().get("SkullStripped"));
    }

    @Test
    void findsTheConfoundsOfTheSameRunWhateverTheSpace() {
        String confounds = ROOT.resolve("sub-10/func/" + RUN1 + "_desc-confounds_timeseries.tsv").toString();
        assertEquals(confounds, find(RUN1 + "_space-MNI152NLin2009cAsym_res-2_desc-preproc_bold").confoundsPath());
        assertEquals(confounds, find(RUN1 + "_space-MNI152NLin6Asym_desc-smoothAROMAnonaggr_bold").confoundsPath());
        assertTrue(result.recordings().stream().allMatch(r -> r.confoundsPath() != null));
    }

    @Test
    void hasNoEventsNorParticipantsTable() {
        RecordingRef r = find(RUN1 + "_space-MNI152NLin6Asym_desc-smoothAROMAnonaggr_bold");
        assertNull(r.eventsPath());
        assertSame(Participant.empty(), r.participant());
        // no *_space-MNI152NLin6Asym_desc-smoothAROMAnonaggr_bold.json exists, so no TR
        assertTrue(r.repetitionTime().isEmpty());
    }

    private static RecordingRef find(String id) {
        return result.recordings().stream().filter(r -> r.recordingId().equals(id)).findFirst().orElseThrow();
    }
}
