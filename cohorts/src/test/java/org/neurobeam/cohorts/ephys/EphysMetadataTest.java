package org.neurobeam.cohorts.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.testing.SharedData;

/** Finding and reading a recording's channels, electrodes and coordinate system by the Inheritance Principle. */
class EphysMetadataTest {

    private static final String CHANNELS = "name\ttype\tunits\tlow_cutoff\thigh_cutoff";

    @TempDir
    Path dir;

    private static List<RecordingRef> recordings(String dataset) throws IOException {
        return Discovery.discover(SharedData.file("bids-examples/" + dataset)).recordings();
    }

    @Test
    void eegMatchingPennies() throws IOException {
        Path root = SharedData.file("bids-examples/eeg_matchingpennies");
        for (RecordingRef recording : recordings("eeg_matchingpennies")) {
            EphysMetadata metadata = EphysMetadata.of(recording);
            String sub = recording.subject();
            assertEquals(EphysDatatype.EEG, metadata.datatype());
            Channels channels = metadata.channels().orElseThrow();
            assertEquals(root.resolve("sub-" + sub + "/eeg/sub-" + sub + "_task-matchingpennies_channels.tsv")
                    .toString(), channels.path());
            assertEquals(Map.of("EEG", 10), channels.countByType());
            assertEquals(metadata.sidecar().channelCounts().get("EEGChannelCount"), channels.channels().size());
            // no electrodes.tsv and no coordsystem.json in this dataset, which EEG allows
            assertEquals(Optional.empty(), metadata.electrodes());
            assertEquals(Optional.empty(), metadata.coordSystem());
            assertTrue(metadata.problems().isEmpty(), metadata.problems().toString());
        }
    }

    @Test
    void ieegVisual() throws IOException {
        Path ieeg = SharedData.file("bids-examples/ieeg_visual/sub-02/ses-01/ieeg");
        List<RecordingRef> recordings = recordings("ieeg_visual");
        EphysMetadata run2 = EphysMetadata.of(recordings.get(2));
        assertEquals(ieeg.resolve("sub-02_ses-01_task-visual_run-02_channels.tsv").toString(),
                run2.channels().orElseThrow().path());
        // one electrodes.tsv and coordsystem.json per session serve both runs
        assertEquals(ieeg.resolve("sub-02_ses-01_electrodes.tsv").toString(), run2.electrodes().orElseThrow().path());
        assertEquals(ieeg.resolve("sub-02_ses-01_coordsystem.json").toString(), run2.coordSystem().orElseThrow().path());
        assertEquals(96, run2.electrodes().orElseThrow().electrodes().size());
        assertEquals("ACPC", run2.coordSystem().orElseThrow().frame(EphysDatatype.IEEG).orElseThrow().system());
        assertEquals(35, run2.channels().orElseThrow().bad().size());
        assertEquals(96, run2.sidecar().channelCounts().get("ECOGChannelCount"));
        // the only problem: the file writes 300 Hz as low_cutoff and 0.5 Hz as high_cutoff
        assertEquals(1, run2.problems().size(), run2.problems().toString());
        assertTrue(run2.problems().get(0).reason().startsWith("low_cutoff: above high_cutoff"));

        EphysMetadata sub01 = EphysMetadata.of(recordings.get(0));
        assertEquals(118, sub01.channels().orElseThrow().channels().size());
        assertEquals(118, sub01.electrodes().orElseThrow().electrodes().size());
        assertEquals(List.of("low_cutoff", "x/y"), sub01.problems().stream()
                .map(p -> p.reason().substring(0, p.reason().indexOf(':'))).toList());
    }

    @Test
    void megDs000246() throws IOException {
        Path root = SharedData.file("bids-examples/ds000246");
        List<RecordingRef> recordings = recordings("ds000246");
        for (RecordingRef run : recordings.subList(0, 2)) {
            EphysMetadata metadata = EphysMetadata.of(run);
            assertEquals(EphysDatatype.MEG, metadata.datatype());
            assertEquals(root.resolve("sub-0001/meg/sub-0001_task-AEF_run-" + run.run() + "_channels.tsv").toString(),
                    metadata.channels().orElseThrow().path());
            assertEquals(340, metadata.channels().orElseThrow().channels().size());
            // the subject-level coordsystem.json (no task, no run) applies to both runs
            CoordSystem coords = metadata.coordSystem().orElseThrow();
            assertEquals(root.resolve("sub-0001/meg/sub-0001_coordsystem.json").toString(), coords.path());
            assertEquals(new CoordSystem.Frame("CTF", "cm", coords.frame(EphysDatatype.MEG).orElseThrow().description()),
                    coords.frame(EphysDatatype.MEG).orElseThrow());
            assertEquals(Optional.empty(), metadata.electrodes());
            assertTrue(metadata.problems().isEmpty(), metadata.problems().toString());
        }
        EphysMetadata emptyRoom = EphysMetadata.of(recordings.get(2));
        assertEquals(Map.of("MEGGRADAXIAL", 274, "MEGREFGRADAXIAL", 17, "MEGREFMAG", 9, "SYSCLOCK", 1),
                emptyRoom.channels().orElseThrow().countByType());
        assertEquals(Optional.empty(), emptyRoom.coordSystem());
        assertTrue(emptyRoom.problems().isEmpty(), emptyRoom.problems().toString());
    }

    @Test
    void closestFileWinsAndRunSpecificFilesApplyToTheirRunOnly() throws IOException {
        Layout layout = new Layout(dir);
        layout.file("task-x_channels.tsv", CHANNELS, "TOP\tECOG\tuV\t0.5\t300");
        layout.file("task-x_ieeg.json", "{\"TaskName\": \"x\", \"iEEGReference\": \"CAR\", \"SamplingFrequency\": 1000,"
                + " \"PowerLineFrequency\": 60, \"SoftwareFilters\": \"n/a\"}");
        layout.file("sub-01/sub-01_task-x_channels.tsv", CHANNELS, "SUB\tECOG\tuV\t0.5\t300");
        layout.file("sub-01/ieeg/sub-01_task-x_run-2_channels.tsv", CHANNELS, "RUN2\tSEEG\tuV\t0.5\t300");
        layout.file("sub-01/ieeg/sub-01_task-y_channels.tsv", CHANNELS, "OTHERTASK\tECOG\tuV\t0.5\t300");
        layout.file("sub-01/ieeg/sub-01_space-ACPC_electrodes.tsv", "name\tx\ty\tz\tsize", "A1\t1\t2\t3\t4");
        layout.file("sub-01/ieeg/sub-01_space-ACPC_coordsystem.json",
                "{\"iEEGCoordinateSystem\": \"ACPC\", \"iEEGCoordinateUnits\": \"mm\"}");
        layout.file("sub-01/ieeg/sub-01_space-MNI152Lin_coordsystem.json",
                "{\"iEEGCoordinateSystem\": \"MNI152Lin\", \"iEEGCoordinateUnits\": \"mm\"}");
        for (String run : List.of("1", "2")) {
            layout.file("sub-01/ieeg/sub-01_task-x_run-" + run + "_ieeg.edf");
        }
        layout.file("sub-02/ieeg/sub-02_task-x_ieeg.edf");
        List<RecordingRef> recordings = layout.recordings();
        EphysMetadata run1 = EphysMetadata.of(recordings.get(0));
        assertEquals("SUB", run1.channels().orElseThrow().channels().get(0).name());
        // the electrodes carry space-ACPC, which the data file lacks; the coordinate system follows their space
        assertEquals("A1", run1.electrodes().orElseThrow().electrodes().get(0).name());
        assertEquals("ACPC", run1.coordSystem().orElseThrow().frame(EphysDatatype.IEEG).orElseThrow().system());
        EphysMetadata run2 = EphysMetadata.of(recordings.get(1));
        assertEquals("RUN2", run2.channels().orElseThrow().channels().get(0).name());
        EphysMetadata sub02 = EphysMetadata.of(recordings.get(2));
        assertEquals("TOP", sub02.channels().orElseThrow().channels().get(0).name());
        // iEEG requires electrodes.tsv; the root-level channels.tsv is read by iEEG rules although not in ieeg/
        assertEquals(List.of(Problem.discover(recordings.get(2).path(), "electrodes.tsv: REQUIRED for iEEG, none applies")),
                sub02.problems());
    }

    @Test
    void unreadableFilesBecomeProblemsAndTheRestIsStillRead() throws IOException {
        Layout layout = new Layout(dir);
        Path channels = layout.file("sub-01/ses-1/eeg/sub-01_ses-1_task-x_channels.tsv", "name\ttype", "Fz\tEEG");
        Path electrodes = layout.file("sub-01/ses-1/eeg/sub-01_ses-1_electrodes.tsv", "name\tx\ty\tz", "Fz\t0\t1\t2");
        Path coords = layout.file("sub-01/ses-1/sub-01_ses-1_coordsystem.json", "{\"EEGCoordinateSystem\": \"Other\"}");
        layout.file("sub-01/ses-1/eeg/sub-01_ses-1_task-x_eeg.json", "{\"TaskName\": \"x\", \"EEGReference\": \"Cz\","
                + " \"SamplingFrequency\": 512, \"PowerLineFrequency\": 50, \"SoftwareFilters\": \"n/a\"}");
        layout.file("sub-01/ses-1/eeg/sub-01_ses-1_task-x_eeg.bdf");
        EphysMetadata metadata = EphysMetadata.of(layout.recordings().get(0));
        assertEquals(Optional.empty(), metadata.channels());
        assertEquals(1, metadata.electrodes().orElseThrow().electrodes().size());
        assertEquals(coords.toString(), metadata.coordSystem().orElseThrow().path());
        assertEquals(List.of(
                Problem.discover(channels.toString(), "units: required column of EEG channels.tsv missing;"
                        + " header is [name, type]"),
                Problem.discover(coords.toString(), "EEGCoordinateUnits: REQUIRED EEG coordinate system key missing"),
                Problem.discover(coords.toString(),
                        "EEGCoordinateSystemDescription: REQUIRED EEG coordinate system key missing")),
                metadata.problems());
        // electrodes without a coordinate system of their space
        layout.file("sub-01/ses-1/eeg/sub-01_ses-1_space-CapTrak_electrodes.tsv", "name\tx\ty\tz", "Fz\t0\t1\t2");
        Path spaced = dir.resolve("sub-01/ses-1/eeg/sub-01_ses-1_space-CapTrak_electrodes.tsv");
        metadata = EphysMetadata.of(layout.recordings().get(0));
        assertEquals(spaced.toString(), metadata.electrodes().orElseThrow().path());
        assertEquals(Optional.empty(), metadata.coordSystem());
        assertTrue(metadata.problems().contains(Problem.discover(spaced.toString(),
                "coordsystem.json: REQUIRED with every electrodes.tsv, none applies with space-CapTrak")),
                metadata.problems().toString());
    }

    @Test
    void recordingOutsideTheBidsLayoutHasItsOwnFolderSearched() throws IOException {
        Layout layout = new Layout(dir);
        layout.file("task-x_channels.tsv", "name\ttype\tunits", "ABOVE\tMEGMAG\tT");
        Path folder = dir.resolve("scans");
        layout.file("scans/sub-01_task-x_channels.tsv", "name\ttype\tunits", "HERE\tMEGMAG\tT");
        RecordingRef manifest = RecordingRef.builder().recordingId("sub-01_task-x_meg")
                .path(folder.resolve("sub-01_task-x_meg.fif").toString()).modality(Modality.MEG).suffix("meg")
                .entities(Map.of("sub", "01", "task", "x")).build();
        EphysMetadata metadata = EphysMetadata.of(manifest);
        assertEquals("HERE", metadata.channels().orElseThrow().channels().get(0).name());
    }
}
