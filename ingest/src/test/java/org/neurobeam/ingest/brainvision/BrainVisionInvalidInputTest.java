package org.neurobeam.ingest.brainvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** Broken BrainVision triples fail with a message naming the file and the header field. */
class BrainVisionInvalidInputTest {

    @TempDir
    Path dir;

    private Path valid() throws IOException {
        return new BrainVisionFixture().channel("Fp1,,1").channel("Fp2,,1")
                .data(new double[][] {{1, 2, 3}, {4, 5, 6}}).write(dir, "rec");
    }

    private InvalidInputException rejected(Path file, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BrainVisionReader.open(file).close());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": " + field + ": "), e.getMessage());
        return e;
    }

    private Path edited(String from, String to) throws IOException {
        Path vhdr = valid();
        String text = Files.readString(vhdr, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return Files.writeString(vhdr, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void missingDataFileNamesTheHeaderAndDataFile() throws IOException {
        Path vhdr = valid();
        Files.delete(dir.resolve("rec.eeg"));
        InvalidInputException e = rejected(vhdr, "DataFile");
        assertTrue(e.getMessage().endsWith("data file " + dir.resolve("rec.eeg") + " not found"), e.getMessage());
    }

    @Test
    void dataFileSizeMustHoldWholeSamples() throws IOException {
        Path vhdr = valid();
        Files.write(dir.resolve("rec.eeg"), new byte[11]);
        InvalidInputException e = rejected(vhdr, "DataFile");
        assertTrue(e.getMessage().contains("holds 11 bytes, not a whole number of 4-byte samples of 2 INT_16 channels"),
                e.getMessage());
    }

    @Test
    void headerFields() throws IOException {
        rejected(edited("NumberOfChannels=2", "NumberOfChannels=3"), "NumberOfChannels");
        rejected(edited("BinaryFormat=INT_16", "BinaryFormat=INT_8"), "BinaryFormat");
        rejected(edited("DataFormat=BINARY", "DataFormat=ASCII"), "DataFormat");
        rejected(edited("SamplingInterval=2000.0", "SamplingInterval=fast"), "SamplingInterval");
        rejected(edited("DataOrientation=MULTIPLEXED", "DataOrientation=DIAGONAL"), "DataOrientation");
        rejected(edited("Ch2=Fp2,,1", "Ch2=Fp2,,one"), "Ch2");
        rejected(edited("Codepage=UTF-8", "Codepage=EBCDIC"), "Codepage");
        rejected(edited("Brain Vision Data Exchange Header File", "Some Other File"), "identification line");
    }

    @Test
    void missingMarkerFileIsAWarning() throws IOException {
        Path vhdr = valid();
        Files.delete(dir.resolve("rec.vmrk"));
        try (BrainVisionReader reader = BrainVisionReader.open(vhdr)) {
            assertEquals(1, reader.info().warnings().size());
            assertTrue(reader.info().warnings().get(0).contains("MarkerFile"), reader.info().warnings()::toString);
        }
    }

    @Test
    void badMarkerLine() throws IOException {
        Path vhdr = new BrainVisionFixture().channel("Fp1,,1").marker("Stimulus,S 1,first,1,0")
                .data(new double[][] {{1}}).write(dir, "m");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BrainVisionReader.open(vhdr));
        assertEquals(dir.resolve("m.vmrk").toString(), e.file());
        assertEquals("Mk1", e.field());
    }
}
