package org.neurobeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.InvalidInputException;

class RepetitionTimeTest {

    private static final Path FILE = Path.of("/data/sub-01_task-x_bold.nii.gz");

    @Test
    void sidecarAloneIsTakenSilently() throws Exception {
        assertEquals(new RepetitionTime(2.0, "sidecar", List.of()),
                RepetitionTime.resolve(FILE, OptionalDouble.of(2.0), OptionalDouble.empty()));
        assertEquals(List.of(), RepetitionTime.resolve(FILE, OptionalDouble.of(2.0), OptionalDouble.of(2.0)).notes());
    }

    @Test
    void sidecarWinsADisagreementWhichIsNoted() throws Exception {
        RepetitionTime tr = RepetitionTime.resolve(FILE, OptionalDouble.of(2.0), OptionalDouble.of(2000.0));
        assertEquals(2.0, tr.seconds());
        assertEquals("sidecar", tr.source());
        assertTrue(tr.notes().get(0).contains("2000"), tr.notes().toString());
    }

    @Test
    void headerStandsInWithAWarning() throws Exception {
        RepetitionTime tr = RepetitionTime.resolve(FILE, OptionalDouble.empty(), OptionalDouble.of(1.35));
        assertEquals(1.35, tr.seconds());
        assertEquals("header", tr.source());
        assertEquals(1, tr.notes().size());
    }

    @Test
    void neitherIsAnErrorNamingTheFileAndField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RepetitionTime.resolve(FILE, OptionalDouble.empty(), OptionalDouble.empty()));
        assertTrue(e.getMessage().startsWith(FILE + ": RepetitionTime: "), e.getMessage());
        assertThrows(InvalidInputException.class,
                () -> RepetitionTime.resolve(FILE, OptionalDouble.of(0.0), OptionalDouble.empty()));
    }
}
