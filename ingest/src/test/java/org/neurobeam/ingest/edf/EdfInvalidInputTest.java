package org.neurobeam.ingest.edf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** Broken EDF/BDF headers fail (or warn) with a message naming the file and the header field. */
class EdfInvalidInputTest {

    @TempDir
    Path dir;

    private InvalidInputException rejected(EdfFixture fixture, String field) throws IOException {
        Path file = fixture.write(dir.resolve("broken.edf"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EdfReader.open(file).close());
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": " + field + ": "), e.getMessage());
        return e;
    }

    @Test
    void recordCountInconsistentWithFileSize() throws IOException {
        InvalidInputException e = rejected(EdfFixture.edfPlus().field(EdfField.RECORDS, 0, "7"),
                "number of data records");
        assertTrue(e.getMessage().contains("7 records of 1474 bytes need 10318 bytes after the header, the file"
                + " holds 7370"), e.getMessage());
    }

    @Test
    void unknownRecordCountIsInferredWithAWarning() throws IOException {
        Path file = EdfFixture.edfPlus().field(EdfField.RECORDS, 0, "-1").write(dir.resolve("unknown.edf"));
        try (EdfReader reader = EdfReader.open(file)) {
            assertEquals(5, reader.header().records());
            assertEquals(1280, reader.info().channels().get(0).sampleCount());
            assertEquals(1, reader.info().warnings().size());
            assertTrue(reader.info().warnings().get(0).startsWith("number of data records is -1 (unknown); inferred 5"),
                    reader.info().warnings()::toString);
        }
    }

    @Test
    void digitalMinimumEqualToMaximumNamesTheSignal() throws IOException {
        InvalidInputException e = rejected(EdfFixture.edfPlus().field(EdfField.DIGITAL_MAX, 1, "-2048"),
                "digital minimum of signal 2 'EEG O2'/digital maximum");
        assertTrue(e.getMessage().contains("digital minimum -2048 must be below digital maximum -2048"),
                e.getMessage());
    }

    @Test
    void nonAsciiLabelIsDecodedAsLatin1AndReported() throws IOException {
        Path file = EdfFixture.edfPlus().field(EdfField.LABEL, 0, new byte[] {'E', 'E', 'G', ' ', 'F', (byte) 0xE9})
                .write(dir.resolve("latin1.edf"));
        try (EdfReader reader = EdfReader.open(file)) {
            assertEquals("EEG F\u00e9", reader.info().channels().get(0).name());
            assertEquals(1, reader.info().warnings().size());
            assertEquals("label of signal 1 'EEG F\u00e9': label holds bytes outside printable US-ASCII; decoded as"
                    + " Latin-1: 'EEG F\u00e9'", reader.info().warnings().get(0));
        }
    }

    @Test
    void truncatedLastRecordIsRejectedOrDroppedOnRequest() throws IOException {
        EdfFixture fixture = EdfFixture.edfPlus().truncate(100);
        InvalidInputException e = rejected(fixture, "number of data records");
        assertTrue(e.getMessage().contains("last data record 5 is truncated: the file holds 1374 of its 1474 bytes"),
                e.getMessage());
        EdfOptions dropping = EdfOptions.defaults().droppingTruncatedRecord();
        try (EdfReader reader = EdfReader.open(dir.resolve("broken.edf"), dropping)) {
            assertEquals(4, reader.header().records());
            assertEquals(1024, reader.info().channels().get(0).sampleCount());
            assertEquals("number of data records: dropped truncated last data record 5 (1374 of 1474 bytes)",
                    reader.info().warnings().get(0));
            assertEquals(4, reader.info().annotations().size());
        }
    }

    @Test
    void badVersion() throws IOException {
        InvalidInputException e = rejected(EdfFixture.edfPlus().field(EdfField.VERSION, 0, "1"), "version");
        assertTrue(e.getMessage().contains("expected '0' (EDF) or 0xFF 'BIOSEMI' (BDF), got '1       '"),
                e.getMessage());
    }

    @Test
    void nonNumericFields() throws IOException {
        rejected(EdfFixture.edfPlus().field(EdfField.PHYSICAL_MIN, 2, "-5mV"), "physical minimum of signal 3 'ECG'");
        rejected(EdfFixture.edfPlus().field(EdfField.RECORDS, 0, "five"), "number of data records");
        rejected(EdfFixture.edfPlus().field(EdfField.SAMPLES_PER_RECORD, 4, "8.5"),
                "nr of samples in each data record of signal 5 'Temp'");
        rejected(EdfFixture.edfPlus().field(EdfField.RECORD_DURATION, 0, "one"), "duration of a data record");
    }

    @Test
    void headerSizeMustMatchSignalCount() throws IOException {
        InvalidInputException e = rejected(EdfFixture.edfPlus().field(EdfField.HEADER_BYTES, 0, "1536"),
                "number of bytes in header record");
        assertTrue(e.getMessage().contains("6 signals need 1792 header bytes, the field says 1536"), e.getMessage());
    }

    @Test
    void digitalRangeBeyondSampleWidth() throws IOException {
        rejected(EdfFixture.edfPlus().field(EdfField.DIGITAL_MAX, 0, "40000"),
                "digital minimum of signal 1 'EEG Fp1'/digital maximum");
    }

    @Test
    void plusFileWithoutAnnotationSignal() throws IOException {
        rejected(EdfFixture.edfPlus().field(EdfField.LABEL, 5, "Notes"), "label");
    }

    @Test
    void malformedTal() throws IOException {
        InvalidInputException e = rejected(EdfFixture.edfPlus().tals(2, "2\u0014\u0014\u0000",
                java.nio.charset.StandardCharsets.US_ASCII), "annotations of data record 3");
        assertTrue(e.getMessage().contains("TAL onset '2' is not +seconds or -seconds"), e.getMessage());
    }

    @Test
    void recordsGoingBackInTime() throws IOException {
        InvalidInputException e = rejected(EdfFixture.edfPlus().tals(3, "+2.5\u0014\u0014\u0000",
                java.nio.charset.StandardCharsets.US_ASCII), "annotations of data record 4");
        assertTrue(e.getMessage().contains("record starts at 2.5 s, before the previous record ends at 3.0 s"),
                e.getMessage());
    }
}
