package org.neurobeam.cohorts.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/** {@code *_channels.tsv} of the three example datasets, and small files that break the rules. */
class ChannelsTest {

    @TempDir
    Path dir;

    @Test
    void eegMatchingPenniesSub05() throws IOException {
        Channels channels = Channels.read(SharedData.file(
                "bids-examples/eeg_matchingpennies/sub-05/eeg/sub-05_task-matchingpennies_channels.tsv"));
        assertEquals(EphysDatatype.EEG, channels.datatype());
        // 10 EEG channels in uV, columns name type units status status_description
        assertEquals(Map.of("EEG", 10), channels.countByType());
        assertEquals(List.of("FC5", "FC1", "C3", "CP5", "CP1", "FC2", "FC6", "C4", "CP2", "CP6"),
                channels.channels().stream().map(Channel::name).toList());
        assertTrue(channels.channels().stream().allMatch(c -> c.units().equals("uV")));
        assertEquals(List.of("FC5", "FC6"), channels.bad().stream().map(Channel::name).toList());
        assertEquals("Contains high frequency noise", channels.bad().get(0).statusDescription());
        assertEquals("Low correlation with other channels", channels.bad().get(1).statusDescription());
        Channel fc1 = channels.channels().get(1);
        assertEquals(Channel.Status.GOOD, fc1.status());
        assertNull(fc1.statusDescription());
        assertNull(fc1.samplingFrequency());
        assertNull(fc1.lowCutoff());
        assertTrue(channels.warnings().isEmpty(), channels.warnings().toString());
    }

    @Test
    void eegMatchingPenniesBadChannelsPerSubject() throws IOException {
        Map<String, List<String>> bad = Map.of("05", List.of("FC5", "FC6"), "06", List.of("FC5", "CP6"),
                "07", List.of(), "08", List.of(), "09", List.of(), "10", List.of(), "11", List.of());
        for (Map.Entry<String, List<String>> subject : bad.entrySet()) {
            String s = subject.getKey();
            Channels channels = Channels.read(SharedData.file("bids-examples/eeg_matchingpennies/sub-" + s
                    + "/eeg/sub-" + s + "_task-matchingpennies_channels.tsv"));
            assertEquals(10, channels.channels().size(), s);
            assertEquals(subject.getValue(), channels.bad().stream().map(Channel::name).toList(), s);
        }
    }

    @Test
    void ieegVisualSub01() throws IOException {
        Channels channels = Channels.read(SharedData.file(
                "bids-examples/ieeg_visual/sub-01/ses-01/ieeg/sub-01_ses-01_task-visual_run-01_channels.tsv"));
        assertEquals(EphysDatatype.IEEG, channels.datatype());
        assertEquals(Map.of("ECOG", 118), channels.countByType());
        Channel first = channels.channels().get(0);
        assertEquals("1", first.name());
        assertEquals("µV", first.units());
        assertEquals(300.0, first.lowCutoff());
        assertEquals(0.5, first.highCutoff());
        assertEquals("intracranial", first.reference());
        assertEquals("1", first.group());
        assertNull(first.samplingFrequency());
        assertEquals(List.of("17", "52", "77", "81", "95", "116", "118"),
                channels.bad().stream().map(Channel::name).toList());
        // seven groups (grids and strips) of 16, 16, 32, 27, 20, 6 and 1 contacts
        assertEquals(Map.of("1", 16L, "2", 16L, "3", 32L, "4", 27L, "5", 20L, "6", 6L, "7", 1L),
                channels.channels().stream().collect(Collectors.groupingBy(Channel::group, Collectors.counting())));
        // the dataset writes the low-pass frequency as low_cutoff: one warning for the whole file
        assertEquals(1, channels.warnings().size());
        Problem inverted = channels.warnings().get(0);
        assertEquals(channels.path(), inverted.path());
        assertTrue(inverted.reason().startsWith("low_cutoff: above high_cutoff")
                && inverted.reason().endsWith("118 rows, first on line 2"), inverted.reason());
    }

    @Test
    void ieegVisualSub02Runs() throws IOException {
        for (String run : List.of("01", "02")) {
            Channels channels = Channels.read(SharedData.file("bids-examples/ieeg_visual/sub-02/ses-01/ieeg/"
                    + "sub-02_ses-01_task-visual_run-" + run + "_channels.tsv"));
            assertEquals(Map.of("ECOG", 96), channels.countByType(), run);
            assertEquals(35, channels.bad().size(), run);
            assertEquals("iEEG1", channels.bad().get(0).name());
            assertEquals("iEEG78", channels.bad().get(34).name());
            assertTrue(channels.channels().stream().allMatch(c -> c.samplingFrequency() == 1525.9
                    && "iEEG1".equals(c.reference())), run);
        }
    }

    @Test
    void megDs000246() throws IOException {
        Channels channels = Channels.read(SharedData.file(
                "bids-examples/ds000246/sub-0001/meg/sub-0001_task-AEF_run-01_channels.tsv"));
        assertEquals(EphysDatatype.MEG, channels.datatype());
        assertEquals(340, channels.channels().size());
        Map<String, Integer> types = channels.countByType();
        assertEquals(274, types.get("MEGGRADAXIAL"));
        assertEquals(17, types.get("MEGREFGRADAXIAL"));
        assertEquals(9, types.get("MEGREFMAG"));
        assertEquals(2, types.get("EEG"));
        assertEquals(1, types.get("HEOG"));
        assertEquals(1, types.get("VEOG"));
        assertEquals(1, types.get("ECG"));
        assertEquals(3, types.get("TRIG"));
        assertEquals(15, types.get("OTHER"));
        assertEquals(List.of("TRIG", "SYSCLOCK", "ADC", "DAC", "MEGREFMAG", "MEGREFGRADAXIAL", "MEGGRADAXIAL",
                "HLU", "FITERR", "OTHER", "EEG", "HEOG", "VEOG", "ECG").stream().sorted().toList(),
                types.keySet().stream().sorted().toList());
        assertTrue(channels.bad().isEmpty());
        // the 12 OTHER channels without unit write n/a
        assertEquals(12L, channels.channels().stream().filter(c -> c.units() == null).count());
        Channel mlc11 = channels.channels().stream().filter(c -> c.name().equals("MLC11-4408")).findFirst().orElseThrow();
        assertEquals("T", mlc11.units());
        assertEquals(2400.0, mlc11.samplingFrequency());
        assertEquals(600.0, mlc11.highCutoff());
        assertNull(mlc11.lowCutoff());
        assertNull(mlc11.notch());
        assertEquals("Sensor 1st-order gradiometer channel located in head shell", mlc11.description());
        assertTrue(channels.warnings().isEmpty(), channels.warnings().toString());

        Channels emptyRoom = Channels.read(SharedData.file(
                "bids-examples/ds000246/sub-emptyroom/meg/sub-emptyroom_task-noise_run-01_channels.tsv"));
        assertEquals(301, emptyRoom.channels().size());
        assertEquals(0.0, emptyRoom.channels().get(0).notch());
        assertEquals(0.0, emptyRoom.channels().get(0).lowCutoff());
    }

    @Test
    void missingRequiredColumnNamesFileAndColumn() throws IOException {
        Path eeg = new Layout(dir).file("sub-01/eeg/sub-01_task-x_channels.tsv", "name\ttype", "Fz\tEEG");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Channels.read(eeg));
        assertEquals(eeg.toString(), e.file());
        assertEquals("units", e.field());
        assertTrue(e.getMessage().contains("required column of EEG channels.tsv missing"), e.getMessage());

        // the same columns are enough for MEG and EEG, not for iEEG
        Path ieeg = new Layout(dir).file("sub-01/ieeg/sub-01_task-x_channels.tsv",
                "name\ttype\tunits\thigh_cutoff", "A1\tECOG\tuV\t300");
        e = assertThrows(InvalidInputException.class, () -> Channels.read(ieeg));
        assertEquals("low_cutoff", e.field());
        assertEquals(1, Channels.read(ieeg, EphysDatatype.MEG).channels().size());
    }

    @Test
    void naValuesReadAsAbsent() throws IOException {
        Path file = new Layout(dir).file("sub-01/ieeg/sub-01_task-x_channels.tsv",
                "name\ttype\tunits\tlow_cutoff\thigh_cutoff\tnotch\tstatus\tstatus_description\treference\tgroup",
                "TR1\tTRIG\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a",
                "LT02\tECOG\tuV\t0.11\t300\t60\tBAD\tbroken\tCAR\tgrid");
        Channels channels = Channels.read(file);
        Channel trigger = channels.channels().get(0);
        assertEquals(new Channel("TR1", "TRIG", null, null, null, null, null, Channel.Status.UNKNOWN, null, null,
                null, null), trigger);
        Channel lt02 = channels.channels().get(1);
        assertEquals(new Channel("LT02", "ECOG", "uV", null, 0.11, 300.0, 60.0, Channel.Status.BAD, "broken",
                "CAR", "grid", null), lt02);
        assertTrue(channels.warnings().isEmpty(), channels.warnings().toString());
    }

    @Test
    void badNumberNamesColumnAndLine() throws IOException {
        Path file = new Layout(dir).file("sub-01/eeg/sub-01_task-x_channels.tsv",
                "name\ttype\tunits\tsampling_frequency", "Fz\tEEG\tuV\t500", "Cz\tEEG\tuV\t500Hz");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Channels.read(file));
        assertEquals("sampling_frequency", e.field());
        assertTrue(e.getMessage().contains("line 3: expected a number or n/a, found '500Hz'"), e.getMessage());

        Path infinite = new Layout(dir).file("sub-02/eeg/sub-02_task-x_channels.tsv",
                "name\ttype\tunits\tnotch", "Fz\tEEG\tuV\tInfinity");
        assertEquals("notch", assertThrows(InvalidInputException.class, () -> Channels.read(infinite)).field());
    }

    @Test
    void malformedRowsAndValuesFail() throws IOException {
        Layout layout = new Layout(dir);
        Path status = layout.file("sub-01/eeg/sub-01_task-a_channels.tsv",
                "name\ttype\tunits\tstatus", "Fz\tEEG\tuV\tnoisy");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Channels.read(status));
        assertEquals("status", e.field());
        assertTrue(e.getMessage().contains("line 2: expected good, bad or n/a, found 'noisy'"), e.getMessage());

        Path noName = layout.file("sub-01/eeg/sub-01_task-b_channels.tsv", "name\ttype\tunits", "n/a\tEEG\tuV");
        assertEquals("name", assertThrows(InvalidInputException.class, () -> Channels.read(noName)).field());

        Path shortRow = layout.file("sub-01/eeg/sub-01_task-c_channels.tsv", "name\ttype\tunits", "Fz\tEEG");
        assertEquals("line 2", assertThrows(InvalidInputException.class, () -> Channels.read(shortRow)).field());

        Path outside = layout.file("task-c_channels.tsv", "name\ttype\tunits", "Fz\tEEG\tuV");
        e = assertThrows(InvalidInputException.class, () -> Channels.read(outside));
        assertTrue(e.getMessage().contains("not in an eeg/, meg/ or ieeg/ folder"), e.getMessage());
        assertEquals(1, Channels.read(outside, EphysDatatype.EEG).channels().size());
    }

    @Test
    void unknownTypesAreKeptAndReportedOncePerValue() throws IOException {
        Path file = new Layout(dir).file("sub-01/eeg/sub-01_task-x_channels.tsv", "name\ttype\tunits",
                "Fz\teeg\tuV", "Cz\tEEG\tuV", "Pz\teeg\tuV", "S1\tSEEG\tuV");
        Channels channels = Channels.read(file);
        assertEquals(List.of("eeg", "EEG", "eeg", "SEEG"), channels.channels().stream().map(Channel::type).toList());
        assertEquals(2, channels.warnings().size(), channels.warnings().toString());
        assertTrue(channels.warnings().get(0).reason().startsWith("type: 'eeg' is not a BIDS EEG channel type")
                && channels.warnings().get(0).reason().endsWith("2 rows, first on line 2"),
                channels.warnings().get(0).reason());
        // SEEG is an iEEG and MEG type, not an EEG one
        assertTrue(channels.warnings().get(1).reason().endsWith("1 row, first on line 5"),
                channels.warnings().get(1).reason());
        assertTrue(Channels.read(file, EphysDatatype.MEG).warnings().stream()
                .noneMatch(p -> p.reason().contains("'SEEG'")));
    }
}
