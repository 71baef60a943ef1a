package org.neurobeam.cohorts.bids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.Participant;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;

/** Names, rows and layouts that discovery must report or skip, in datasets written for the purpose. */
class BidsProblemsTest {

    @TempDir
    Path dir;

    @Test
    void malformedParticipantsRowIsAProblemNamingTheLine() throws IOException {
        TinyDataset ds = new TinyDataset(dir)
                .file("participants.tsv", "participant_id\tage\tsex\nsub-01\t30\tM\nsub-02\t41\nsub-03\t89+\tfemale\n")
                .data("sub-01/func/sub-01_task-rest_bold.nii.gz")
                .data("sub-02/func/sub-02_task-rest_bold.nii.gz")
                .data("sub-03/func/sub-03_task-rest_bold.nii.gz");
        DiscoveryResult result = Discovery.discover(dir);
        assertEquals(List.of(Problem.discover(ds.path("participants.tsv").toString(),
                "line 3: expected 3 tab-separated columns, found 2")), result.problems());
        assertEquals(3, result.recordings().size());
        assertEquals(30.0, result.recordings().get(0).participant().age());
        assertSame(Participant.empty(), result.recordings().get(1).participant());
        Participant sub03 = result.recordings().get(2).participant();
        assertEquals(89.0, sub03.age(), "89+ is read as its lower bound");
        assertEquals("F", sub03.sex());
        assertEquals("89+", sub03.columns().get("age"));
    }

    @Test
    void unparsableRecordingNamesAreProblemsOtherFilesAreIgnored() throws IOException {
        TinyDataset ds = new TinyDataset(dir)
                .data("sub-01/func/sub-01_task-rest_bold.nii.gz")
                .data("sub-01/func/sub-01_tasknback_bold.nii.gz")
                .data("sub-01/func/sub-01_task-_bold.nii.gz")
                .data("sub-01/func/sub-01_task-a_task-b_bold.nii.gz")
                .data("sub-01/func/task-rest_bold.nii.gz")
                .data("sub-01/func/sub-02_task-rest_bold.nii.gz")
                .data("sub-01/anat/sub-01_task-rest_bold.nii")
                .data("sub-01/eeg/sub-01_task-x+y_eeg.edf")
                .data("sub-01/func/sub-01_task-rest_sbref.nii.gz")
                .data("sub-01/func/sub-01_task-rest_physio.tsv.gz")
                .data("sub-01/func/notes_bold.txt")
                .data("sub-01/func/.sub-01_task-hidden_bold.nii.gz")
                .data("README");
        DiscoveryResult result = Discovery.discover(dir);
        assertEquals(List.of("sub-01_task-rest_bold"),
                result.recordings().stream().map(RecordingRef::recordingId).toList());
        Map<String, String> reasons = result.problems().stream()
                .collect(Collectors.toMap(p -> dir.relativize(Path.of(p.path())).toString(), Problem::reason));
        assertEquals(Map.of(
                "sub-01/func/sub-01_tasknback_bold.nii.gz", "file name: entity 'tasknback' is not a key-label pair",
                "sub-01/func/sub-01_task-_bold.nii.gz",
                "file name: entity 'task' has label ''; labels must be non-empty and alphanumeric",
                "sub-01/func/sub-01_task-a_task-b_bold.nii.gz", "file name: entity 'task' appears more than once",
                "sub-01/func/task-rest_bold.nii.gz", "file name: must start with the sub-<label> entity",
                "sub-01/func/sub-02_task-rest_bold.nii.gz",
                "location: expected sub-02/func/sub-02_task-rest_bold.nii.gz under the dataset root,"
                        + " found sub-01/func/sub-02_task-rest_bold.nii.gz",
                "sub-01/anat/sub-01_task-rest_bold.nii",
                "location: expected sub-01/func/sub-01_task-rest_bold.nii under the dataset root,"
                        + " found sub-01/anat/sub-01_task-rest_bold.nii",
                "sub-01/eeg/sub-01_task-x+y_eeg.edf",
                "file name: entity 'task' has label 'x+y'; labels must be non-empty and alphanumeric"), reasons);
        assertTrue(result.problems().stream().allMatch(p -> p.stage().equals("discover")));
        assertEquals(dir.getFileName().toString(), result.recordings().get(0).dataset(),
                "without dataset_description.json the folder name is the dataset name");
    }

    @Test
    void bidsignoreSourcedataCodeAndStimuliAreSkipped() throws IOException {
        new TinyDataset(dir)
                .file(".bidsignore", "# pilot scans\n\nextra/\n*_acq-pilot_*\nsub-01/func/sub-01_task-skip_bold.nii.gz\n")
                .file("dataset_description.json", "{\"Name\": \"tiny\", \"DatasetType\": \"raw\"}")
                .data("sub-01/func/sub-01_task-rest_bold.nii.gz")
                .data("sub-01/func/sub-01_task-rest_acq-pilot_bold.nii.gz")
                .data("sub-01/func/sub-01_task-skip_bold.nii.gz")
                .data("sub-02/func/sub-02_task-skip_bold.nii.gz")
                .data("extra/sub-01/func/sub-01_task-rest_bold.nii.gz")
                .data("sourcedata/sub-01/func/sub-01_task-raw_bold.nii.gz")
                .data("code/sub-01_task-rest_bold.nii.gz")
                .data("stimuli/sub-01_task-rest_bold.nii.gz")
                .data(".git/sub-01_task-rest_bold.nii.gz");
        DiscoveryResult result = Discovery.discover(dir);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals(List.of("sub-01_task-rest_bold", "sub-02_task-skip_bold"),
                result.recordings().stream().map(RecordingRef::recordingId).toList());
        assertEquals("tiny", result.recordings().get(0).dataset());
    }

    @Test
    void unreadableDescriptionAndEmptyParticipantsAreProblems() throws IOException {
        TinyDataset ds = new TinyDataset(dir)
                .file("dataset_description.json", "{\"Name\": \"tiny\",")
                .file("participants.tsv", "")
                .data("sub-01/func/sub-01_task-rest_bold.nii.gz");
        DiscoveryResult result = Discovery.discover(dir);
        assertEquals(List.of(ds.path("dataset_description.json").toString(), ds.path("participants.tsv").toString()),
                result.problems().stream().map(Problem::path).toList());
        assertTrue(result.problems().get(1).reason().endsWith(
                "header: expected a tab-separated header row, found an empty file"), result.problems().get(1).reason());
        assertEquals(dir.getFileName().toString(), result.recordings().get(0).dataset());
    }

    @Test
    void aSecondFileWithTheSameIdIsAProblem() throws IOException {
        TinyDataset ds = new TinyDataset(dir)
                .data("sub-01/func/sub-01_task-rest_bold.nii")
                .data("sub-01/func/sub-01_task-rest_bold.nii.gz");
        DiscoveryResult result = Discovery.discover(dir);
        assertEquals(List.of(ds.path("sub-01/func/sub-01_task-rest_bold.nii").toString()),
                result.recordings().stream().map(RecordingRef::path).toList());
        assertEquals(List.of(Problem.discover(ds.path("sub-01/func/sub-01_task-rest_bold.nii.gz").toString(),
                "recording id 'sub-01_task-rest_bold' is already used by "
                        + ds.path("sub-01/func/sub-01_task-rest_bold.nii"))), result.problems());
    }

    @Test
    void derivativeDatasetTypeMarksEveryRecording() throws IOException {
        new TinyDataset(dir)
                .file("dataset_description.json", "{\"Name\": \"prep\", \"DatasetType\": \"derivative\"}")
                .data("sub-01/func/sub-01_task-rest_desc-preproc_bold.nii.gz")
                .file("sub-01/func/sub-01_task-rest_desc-confounds_regressors.tsv", "a\n");
        RecordingRef r = Discovery.discover(dir).recordings().get(0);
        assertTrue(r.derivative());
        assertEquals(dir.resolve("sub-01/func/sub-01_task-rest_desc-confounds_regressors.tsv").toString(),
                r.confoundsPath());
        assertNull(r.eventsPath());
    }
}
