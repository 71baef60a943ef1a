package org.neurobeam.ingest.nwb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/** Broken NWB files fail with an {@link InvalidInputException} naming the file and the HDF5 path at fault. */
class NwbInvalidInputTest {

    @TempDir
    Path dir;

    @Test
    void spikeTimesIndexOutOfRange() throws IOException {
        Path file = Fixtures.file("bad_spike_index.nwb");
        try (NwbFile nwb = NwbFile.open(file)) {
            NwbUnits units = nwb.units();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> units.spikeTimes(0));
            assertEquals(file.toString(), e.file());
            assertEquals("/units/spike_times_index", e.field());
            assertTrue(e.getMessage().contains("row 3 ends at 41 but /units/spike_times holds 38 values"),
                    e.getMessage());
        }
    }

    @Test
    void timestampsNotIncreasing() throws IOException {
        Path file = Fixtures.file("bad_timestamps.nwb");
        try (NwbFile nwb = NwbFile.open(file)) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> nwb.timeSeries("/processing/behavior/Position/position"));
            assertEquals(file.toString(), e.file());
            assertEquals("/processing/behavior/Position/position/timestamps", e.field());
            assertTrue(e.getMessage().contains("timestamps must be ascending: timestamp 17 (1.5 s) is before"
                    + " timestamp 16 (1.6"), e.getMessage());
        }
    }

    @Test
    void notNwb() throws IOException {
        Path npy = SharedData.file("calcium/suite2p/plane0/F.npy");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NwbFile.open(npy));
        assertEquals(npy.toString(), e.file());
        Path missing = dir.resolve("missing.nwb");
        assertThrows(InvalidInputException.class, () -> NwbFile.open(missing));
        Path empty = Files.createFile(dir.resolve("empty.nwb"));
        assertThrows(InvalidInputException.class, () -> NwbFile.open(empty));
    }

    @Test
    void missingGroupIsNamed() throws IOException {
        Path file = Fixtures.file("ephys_constructed.nwb");
        try (NwbFile nwb = NwbFile.open(file)) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> nwb.timeSeries("/acquisition/nothing"));
            assertEquals("/acquisition/nothing", e.field());
            InvalidInputException notRrs = assertThrows(InvalidInputException.class,
                    () -> nwb.roiResponseSeries("/acquisition/running_speed"));
            assertTrue(notRrs.getMessage().contains("expected neurodata_type RoiResponseSeries, got TimeSeries"),
                    notRrs.getMessage());
        }
    }
}
