package org.neurobeam.cohorts.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/** {@code *_coordsystem.json}: the iEEG and MEG examples and small files. */
class CoordSystemTest {

    @TempDir
    Path dir;

    @Test
    void ieegVisualAcpcInMillimetres() throws IOException {
        CoordSystem sub01 = CoordSystem.read(
                SharedData.file("bids-examples/ieeg_visual/sub-01/ses-01/ieeg/sub-01_ses-01_coordsystem.json"));
        CoordSystem.Frame frame = sub01.frame(EphysDatatype.IEEG).orElseThrow();
        assertEquals("ACPC", frame.system());
        assertEquals("mm", frame.units());
        assertTrue(frame.description().startsWith("Coordinate system with the origin close to the anterior commissure"));
        assertEquals(List.of(EphysDatatype.IEEG), List.copyOf(sub01.frames().keySet()));
        assertEquals(List.of("derivatives/surfaces/sub-01/ses-01/anat/sub-01_ses-01_hemi-R_pial.surf.gii"),
                sub01.intendedFor());
        assertEquals(List.of(), sub01.missingKeys(EphysDatatype.IEEG));

        CoordSystem sub02 = CoordSystem.read(
                SharedData.file("bids-examples/ieeg_visual/sub-02/ses-01/ieeg/sub-02_ses-01_coordsystem.json"));
        assertEquals(List.of("sub-02/ses-01/anat/sub-02_ses-01_T1w.nii.gz"), sub02.intendedFor());
    }

    @Test
    void ds000246CtfForMegAndEeg() throws IOException {
        CoordSystem coords = CoordSystem.read(
                SharedData.file("bids-examples/ds000246/sub-0001/meg/sub-0001_coordsystem.json"));
        assertEquals(List.of(EphysDatatype.EEG, EphysDatatype.MEG), List.copyOf(coords.frames().keySet()));
        assertEquals("CTF", coords.frame(EphysDatatype.MEG).orElseThrow().system());
        assertEquals("cm", coords.frame(EphysDatatype.MEG).orElseThrow().units());
        assertEquals("CTF", coords.frame(EphysDatatype.EEG).orElseThrow().system());
        assertEquals(Optional.empty(), coords.frame(EphysDatatype.IEEG));
        assertEquals(List.of("anat/sub-0001_T1w.nii.gz"), coords.intendedFor());
        assertEquals(List.of(), coords.missingKeys(EphysDatatype.MEG));
        assertEquals(List.of("iEEGCoordinateSystem", "iEEGCoordinateUnits"), coords.missingKeys(EphysDatatype.IEEG));
    }

    @Test
    void intendedForListAndOtherWithoutDescription() throws IOException {
        Path file = new Layout(dir).file("sub-01/eeg/sub-01_coordsystem.json",
                "{\"EEGCoordinateSystem\": \"Other\", \"IntendedFor\": [\"bids::sub-01/anat/a_T1w.nii\", \"b\"]}");
        CoordSystem coords = CoordSystem.read(file);
        CoordSystem.Frame frame = coords.frame(EphysDatatype.EEG).orElseThrow();
        assertNull(frame.units());
        assertNull(frame.description());
        assertEquals(List.of("bids::sub-01/anat/a_T1w.nii", "b"), coords.intendedFor());
        assertEquals(List.of("EEGCoordinateUnits", "EEGCoordinateSystemDescription"),
                coords.missingKeys(EphysDatatype.EEG));
    }

    @Test
    void wrongTypesAndMalformedJsonNameFileAndField() throws IOException {
        Layout layout = new Layout(dir);
        Path units = layout.file("a_coordsystem.json", "{\"iEEGCoordinateSystem\": \"ACPC\", \"iEEGCoordinateUnits\": 1}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CoordSystem.read(units));
        assertEquals(units.toString(), e.file());
        assertEquals("iEEGCoordinateUnits", e.field());

        Path image = layout.file("b_coordsystem.json", "{\"IntendedFor\": [\"x\", 2]}");
        assertEquals("IntendedFor", assertThrows(InvalidInputException.class, () -> CoordSystem.read(image)).field());

        Path array = layout.file("c_coordsystem.json", "[]");
        e = assertThrows(InvalidInputException.class, () -> CoordSystem.read(array));
        assertTrue(e.getMessage().contains("expected a JSON object, found ARRAY"), e.getMessage());

        Path broken = layout.file("d_coordsystem.json", "{\"iEEGCoordinateSystem\": }");
        e = assertThrows(InvalidInputException.class, () -> CoordSystem.read(broken));
        assertEquals(broken.toString(), e.file());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }
}
