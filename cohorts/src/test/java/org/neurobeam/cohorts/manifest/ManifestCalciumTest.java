package org.neurobeam.cohorts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;

class ManifestCalciumTest {

    @Test
    void planeFolderIsCalciumAndSamplingRateGoesToTheSidecar(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("plane0"));
        Files.writeString(dir.resolve("plane0/F.npy"), "");
        Files.writeString(dir.resolve("traces.csv"), "1\n2\n");
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "path,modality,sampling_rate\nplane0,,\ntraces.csv,calcium,12.5\ntraces.csv,calcium,-1\n");

        DiscoveryResult result = ManifestDiscovery.discover(csv);

        List<RecordingRef> recordings = result.recordings();
        assertEquals(2, recordings.size());
        assertEquals(Modality.CALCIUM, recordings.get(0).modality());
        assertEquals("plane0", recordings.get(0).recordingId());
        assertEquals(12.5, recordings.get(1).sidecar().get(ManifestDiscovery.SAMPLING_FREQUENCY));
        assertTrue(result.problems().get(0).reason().contains("sampling_rate: expected a positive number (Hz)"),
                result.problems().toString());
    }
}
