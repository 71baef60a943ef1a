package org.neurobeam.cohorts.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.Discovery;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.testing.SharedData;

/** Typed {@code *_eeg.json}, {@code *_meg.json} and {@code *_ieeg.json} metadata. */
class EphysSidecarTest {

    @TempDir
    Path dir;

    private static RecordingRef first(String dataset) throws IOException {
        return Discovery.discover(SharedData.file("bids-examples/" + dataset)).recordings().get(0);
    }

    @Test
    void eegMatchingPennies() throws IOException {
        EphysSidecar sidecar = EphysSidecar.of(first("eeg_matchingpennies"));
        assertEquals(EphysDatatype.EEG, sidecar.datatype());
        assertEquals(OptionalDouble.of(5000), sidecar.samplingFrequency());
        assertEquals(OptionalDouble.of(50), sidecar.powerLineFrequency());
        assertEquals("unipolar, placed on Fz", sidecar.reference());
        assertEquals(Map.of(), sidecar.softwareFilters());
        assertEquals("continuous", sidecar.recordingType());
        assertEquals(OptionalDouble.empty(), sidecar.recordingDuration());
        assertEquals(Map.of("EEGChannelCount", 10, "EOGChannelCount", 0, "ECGChannelCount", 0, "EMGChannelCount", 0),
                sidecar.channelCounts());
        assertTrue(sidecar.warnings().isEmpty(), sidecar.warnings().toString());
    }

    @Test
    void ieegVisual() throws IOException {
        EphysSidecar sidecar = EphysSidecar.of(first("ieeg_visual"));
        assertEquals(OptionalDouble.of(3051.76), sidecar.samplingFrequency());
        assertEquals(OptionalDouble.of(60), sidecar.powerLineFrequency());
        assertEquals("intracranial channel not included with data", sidecar.reference());
        assertEquals(OptionalDouble.of(233.639), sidecar.recordingDuration());
        assertEquals(118, sidecar.channelCounts().get("ECOGChannelCount"));
        assertEquals(8, sidecar.channelCounts().size());
        assertTrue(sidecar.warnings().isEmpty(), sidecar.warnings().toString());
    }

    @Test
    void megDs000246() throws IOException {
        EphysSidecar sidecar = EphysSidecar.of(first("ds000246"));
        assertEquals(OptionalDouble.of(2400), sidecar.samplingFrequency());
        assertNull(sidecar.reference());
        assertEquals(Map.of("SpatialCompensation", Map.of("GradientOrder", "3rd")), sidecar.softwareFilters());
        assertEquals(OptionalDouble.of(360), sidecar.recordingDuration());
        assertEquals(274, sidecar.channelCounts().get("MEGChannelCount"));
        assertEquals(26, sidecar.channelCounts().get("MEGREFChannelCount"));
        assertTrue(sidecar.warnings().isEmpty(), sidecar.warnings().toString());
    }

    @Test
    void missingAndMistypedKeysAreWarningsNamingTheClosestSidecar() throws IOException {
        Layout layout = new Layout(dir);
        layout.file("task-x_ieeg.json", "{\"TaskName\": \"x\", \"PowerLineFrequency\": \"n/a\", \"SoftwareFilters\": \"n/a\"}");
        Path closest = layout.file("sub-01/ieeg/sub-01_task-x_ieeg.json", "{\"SamplingFrequency\": \"1 kHz\",",
                "\"RecordingType\": \"streamed\", \"ECOGChannelCount\": 12.5, \"iEEGReference\": 3}");
        layout.file("sub-01/ieeg/sub-01_task-x_ieeg.vhdr");
        EphysSidecar sidecar = EphysSidecar.of(layout.recordings().get(0));
        assertEquals(OptionalDouble.empty(), sidecar.samplingFrequency());
        assertEquals(OptionalDouble.empty(), sidecar.powerLineFrequency());
        assertNull(sidecar.reference());
        assertEquals(Map.of(), sidecar.channelCounts());
        assertEquals(List.of(
                "SamplingFrequency: expected a positive number, found 1 kHz",
                "iEEGReference: expected a string, found 3",
                "RecordingType: expected one of continuous, epoched, discontinuous, found 'streamed'",
                "ECOGChannelCount: expected a non-negative integer, found 12.5"),
                sidecar.warnings().stream().map(Problem::reason).toList());
        assertTrue(sidecar.warnings().stream().allMatch(p -> p.path().equals(closest.toString())));
    }

    @Test
    void requiredKeysPerDatatype() throws IOException {
        Layout layout = new Layout(dir);
        layout.file("sub-01/meg/sub-01_task-x_meg.json", "{\"TaskName\": \"x\", \"SamplingFrequency\": 1000}");
        layout.file("sub-01/meg/sub-01_task-x_meg.fif");
        Path eeg = layout.file("sub-01/eeg/sub-01_task-x_eeg.edf");
        List<RecordingRef> recordings = layout.recordings();
        EphysSidecar eegSidecar = EphysSidecar.of(recordings.get(0));
        assertEquals(List.of("TaskName", "EEGReference", "SamplingFrequency", "PowerLineFrequency", "SoftwareFilters"),
                eegSidecar.warnings().stream().map(p -> p.reason().substring(0, p.reason().indexOf(':'))).toList());
        // no sidecar file at all: the warnings name the data file
        assertTrue(eegSidecar.warnings().stream().allMatch(p -> p.path().equals(eeg.toString())));
        assertEquals("PowerLineFrequency: REQUIRED EEG sidecar key missing", eegSidecar.warnings().get(3).reason());
        assertEquals(List.of("PowerLineFrequency", "DewarPosition", "SoftwareFilters", "DigitizedLandmarks",
                "DigitizedHeadPoints"), EphysSidecar.of(recordings.get(1)).warnings().stream()
                .map(p -> p.reason().substring(0, p.reason().indexOf(':'))).toList());
    }

    @Test
    void notAnEphysRecording() {
        RecordingRef bold = RecordingRef.builder().recordingId("sub-01_task-x_bold").path("/d/sub-01_task-x_bold.nii")
                .modality(Modality.BOLD).suffix("bold").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EphysSidecar.of(bold));
        assertTrue(e.getMessage().contains("suffix 'bold' is not eeg, meg or ieeg"), e.getMessage());
    }
}
