package org.neurobeam.cohorts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;

/** CSV manifests for data outside BIDS: columns, quoting, relative paths and row-level problems. */
class ManifestDiscoveryTest {

    @TempDir
    Path dir;

    @BeforeEach
    void dataFiles() throws IOException {
        Files.createDirectories(dir.resolve("study/data"));
        for (String name : List.of("a.nii.gz", "b.edf", "c.npy", "d.npy", "e.fif")) {
            Files.createFile(dir.resolve("study/data").resolve(name));
        }
    }

    @Test
    void readsRowsResolvingRelativePathsAndQuotedFields() throws IOException {
        Path csv = write("study/cohort.csv", String.join("\r\n",
                "path,subject,session,task,run,modality,recording_id,repetition_time,age,sex,site,notes",
                "data/a.nii.gz,sub-01,,rest,1,,,2.0,34,female,\"Boston, MA\",\"said \"\"hi\"\"\"",
                "data/b.edf,02,ses-1,,,,,,n/a,M,Paris,",
                "data/c.npy,03,,,,calcium,cell-3,,89+,x,Oslo,\"two",
                "lines\"",
                "data/d.npy,04,,,,,,,,,,",
                "data/missing.nii,05,,,,,,,,,,",
                "data/a.nii.gz,06",
                "data/b.edf,07,,,,,,fast,,,,",
                "data/a.nii.gz,08,,,,,cell-3,,,,,",
                dir.resolve("study/data/e.fif") + ",09,,,,,,,,,,",
                ""));
        DiscoveryResult result = Discovery.discover(csv);

        assertEquals(List.of("a", "b", "cell-3", "e"),
                result.recordings().stream().map(RecordingRef::recordingId).toList());
        RecordingRef a = result.recordings().get(0);
        assertEquals(dir.resolve("study/data/a.nii.gz").toString(), a.path());
        assertEquals(Modality.BOLD, a.modality());
        assertEquals(".nii.gz", a.extension());
        assertEquals("01", a.subject());
        assertEquals("rest", a.task());
        assertEquals("1", a.run());
        assertNull(a.session());
        assertEquals("cohort", a.dataset());
        assertEquals(2.0, a.repetitionTime().getAsDouble(), 0.0);
        assertFalse(a.derivative());
        assertEquals("sub-01", a.participant().participantId());
        assertEquals(34.0, a.participant().age());
        assertEquals("F", a.participant().sex());
        assertEquals("Boston, MA", a.participant().columns().get("site"));
        assertEquals("said \"hi\"", a.participant().columns().get("notes"));

        RecordingRef b = result.recordings().get(1);
        assertEquals(Modality.EEG, b.modality());
        assertEquals("1", b.session());
        assertNull(b.participant().age());
        assertEquals("M", b.participant().sex());
        assertTrue(b.repetitionTime().isEmpty());

        RecordingRef c = result.recordings().get(2);
        assertEquals(Modality.CALCIUM, c.modality());
        assertEquals(89.0, c.participant().age());
        assertEquals("x", c.participant().sex());
        assertEquals("two\r\nlines", c.participant().columns().get("notes"));

        assertEquals(Modality.MEG, result.recordings().get(3).modality());

        String file = csv.toAbsolutePath().toString();
        assertEquals(List.of(
                Problem.discover(file, "line 6: modality: cannot be inferred from extension '.npy';"
                        + " write one of bold, eeg, meg, ieeg, calcium, spikes"),
                Problem.discover(file, "line 7: path: no such file or directory: " + dir.resolve("study/data/missing.nii")),
                Problem.discover(file, "line 8: expected 12 comma-separated fields, found 2"),
                Problem.discover(file, "line 9: repetition_time: expected a positive number of seconds, got 'fast'"),
                Problem.discover(file, "line 10: recording_id: 'cell-3' is already used on line 4")),
                result.problems());
    }

    @Test
    void missingPathColumnNamesTheFileAndTheColumn() throws IOException {
        Path csv = write("study/bad.csv", "file,subject\ndata/a.nii.gz,01\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Discovery.discover(csv));
        assertEquals(csv.toAbsolutePath().toString(), e.file());
        assertEquals("path", e.field());
        assertTrue(e.getMessage().startsWith(csv.toAbsolutePath() + ": path: required column missing"), e.getMessage());
    }

    @Test
    void unclosedQuoteNamesTheLine() throws IOException {
        Path csv = write("study/open.csv", "path,notes\ndata/a.nii.gz,ok\ndata/b.edf,\"never closed\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Discovery.discover(csv));
        assertEquals("line 3", e.field());
    }

    @Test
    void otherInputsAreRejectedByName() throws IOException {
        Path txt = write("study/list.txt", "path\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Discovery.discover(txt));
        assertTrue(e.getMessage().contains(txt.toString()), e.getMessage());
    }

    private Path write(String relative, String text) throws IOException {
        return Files.writeString(dir.resolve(relative), text);
    }
}
