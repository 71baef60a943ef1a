package org.neurobeam.cohorts.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/** {@code *_electrodes.tsv}: the ieeg_visual example and small files. */
class ElectrodesTest {

    @TempDir
    Path dir;

    @Test
    void ieegVisualSub01() throws IOException {
        Electrodes electrodes = Electrodes.read(
                SharedData.file("bids-examples/ieeg_visual/sub-01/ses-01/ieeg/sub-01_ses-01_electrodes.tsv"));
        // 118 contacts, columns name x y z size; the last one has no position
        assertEquals(118, electrodes.electrodes().size());
        assertEquals(new Electrode("1", 19.0, -39.0, -16.0, 4.0, null, null, null, null, null, null),
                electrodes.electrodes().get(0));
        Electrode last = electrodes.electrodes().get(117);
        assertEquals("118", last.name());
        assertNull(last.x());
        assertNull(last.z());
        assertEquals(4.0, last.size());
        assertEquals(1, electrodes.warnings().size());
        assertEquals(electrodes.path(), electrodes.warnings().get(0).path());
        assertEquals("x/y: n/a, position unknown, for electrodes [118 (line 119)]",
                electrodes.warnings().get(0).reason());
    }

    @Test
    void ieegVisualSub02() throws IOException {
        Electrodes electrodes = Electrodes.read(
                SharedData.file("bids-examples/ieeg_visual/sub-02/ses-01/ieeg/sub-02_ses-01_electrodes.tsv"));
        assertEquals(96, electrodes.electrodes().size());
        Electrode first = electrodes.electrodes().get(0);
        assertEquals("iEEG1", first.name());
        assertEquals(-42.7816056013107, first.x());
        assertEquals(-35.5109979510307, first.y());
        assertEquals(27.6850966811173, first.z());
        assertEquals("iEEG96", electrodes.electrodes().get(95).name());
        assertTrue(electrodes.electrodes().stream().allMatch(e -> e.x() != null && e.y() != null && e.z() != null));
        assertTrue(electrodes.warnings().isEmpty());
    }

    @Test
    void twoDimensionalPositionsAndOptionalColumns() throws IOException {
        Path file = new Layout(dir).file("sub-01/ieeg/sub-01_acq-photo_electrodes.tsv",
                "name\tx\ty\tz\tsize\tmaterial\tmanufacturer\tgroup\themisphere\ttype\timpedance",
                "LT01\t120\t455\tn/a\t2.3\tplatinum\tIntegra\tLT\tL\tgrid\t5.5");
        Electrodes electrodes = Electrodes.read(file);
        assertEquals(List.of(new Electrode("LT01", 120.0, 455.0, null, 2.3, "platinum", "Integra", "LT", "L", "grid",
                5.5)), electrodes.electrodes());
        assertTrue(electrodes.warnings().isEmpty());
    }

    @Test
    void sizeIsRequiredForIeegOnly() throws IOException {
        Layout layout = new Layout(dir);
        Path ieeg = layout.file("sub-01/ieeg/sub-01_electrodes.tsv", "name\tx\ty\tz", "A1\t1\t2\t3");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Electrodes.read(ieeg));
        assertEquals(ieeg.toString(), e.file());
        assertEquals("size", e.field());
        Path eeg = layout.file("sub-01/eeg/sub-01_electrodes.tsv", "name\tx\ty\tz", "Fz\t1\t2\t3");
        assertNull(Electrodes.read(eeg).electrodes().get(0).size());
        Path noZ = layout.file("sub-01/eeg/sub-01_acq-b_electrodes.tsv", "name\tx\ty", "Fz\t1\t2");
        assertEquals("z", assertThrows(InvalidInputException.class, () -> Electrodes.read(noZ)).field());
    }

    @Test
    void badCoordinateNamesColumnAndLine() throws IOException {
        Path file = new Layout(dir).file("sub-01/eeg/sub-01_electrodes.tsv", "name\tx\ty\tz",
                "Fz\t1\t2\t3", "Cz\t1,5\t2\t3");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Electrodes.read(file));
        assertEquals("x", e.field());
        assertTrue(e.getMessage().contains("line 3: expected a number or n/a, found '1,5'"), e.getMessage());
    }
}
