package org.neurobeam.cohorts.nwb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.testing.SharedData;

class NwbFolderDiscoveryTest {

    @Test
    void plainFolderOfNwbFilesGivesOneRecordingPerModality(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("day1"));
        Files.copy(SharedData.file("calcium/ophys_constructed.nwb"), dir.resolve("day1/ophys.nwb"));
        Files.writeString(dir.resolve("broken.nwb"), "not hdf5");
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        DiscoveryResult result = Discovery.discover(dir);

        List<RecordingRef> recordings = result.recordings();
        assertEquals(1, recordings.size());
        assertEquals("ophys", recordings.get(0).recordingId());
        assertEquals(Modality.CALCIUM, recordings.get(0).modality());
        assertEquals(dir.resolve("day1/ophys.nwb").toAbsolutePath().toString(), recordings.get(0).path());
        assertEquals(1, result.problems().size());
        assertEquals(dir.resolve("broken.nwb").toAbsolutePath().toString(), result.problems().get(0).path());
    }
}
