package org.neurobeam.ingest.edf;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Gap;
import org.neurobeam.ingest.ephys.Segment;
import org.neurobeam.ingest.ephys.TriggerEvent;

/** Record time-keeping, EDF+D gaps, sub-second starts, annotation encodings and BDF Status triggers. */
class EdfTimelineTest {

    @TempDir
    Path dir;

    /** The corpus EDF+C file made discontinuous: records 4 and 5 start at 5 s and 6 s instead of 3 s and 4 s. */
    static Path discontinuous(Path dir) throws IOException {
        return EdfFixture.edfPlus()
                .field(EdfField.RESERVED, 0, "EDF+D")
                .tals(3, "+5\u0014\u0014\u0000+5\u00151.5000\u0014Eyes closed\u0014\u0000", US_ASCII)
                .tals(4, "+6\u0014\u0014\u0000+6.5000\u0014End of test\u0014\u0000", US_ASCII)
                .write(dir.resolve("discontinuous.edf"));
    }

    @Test
    void edfPlusDRecordsArePlacedAtTheirOnsetsWithTheGapReported() throws IOException {
        try (EdfReader reader = EdfReader.open(discontinuous(dir))) {
            assertEquals(EdfVariant.EDF_PLUS_D, reader.header().variant());
            assertEquals(List.of(new Segment(0, 0, 3), new Segment(5, 3, 2)), reader.info().segments());
            assertEquals(List.of(new Gap(3, 2)), reader.info().gaps());
            assertEquals(2.99609375, reader.info().timeOf(0, 767));
            assertEquals(5.0, reader.info().timeOf(0, 768));
            assertEquals(6.5, reader.info().timeOf(4, 36));
            assertEquals(new Annotation(5, 1.5, "Eyes closed"), reader.info().annotations().get(3));
            assertTrue(reader.info().warnings().isEmpty(), reader.info().warnings()::toString);
        }
    }

    @Test
    void aGapInAFileClaimingContinuityIsReportedAndWarned() throws IOException {
        Path file = EdfFixture.edfPlus().tals(4, "+9\u0014\u0014\u0000", US_ASCII).write(dir.resolve("c.edf"));
        try (EdfReader reader = EdfReader.open(file)) {
            assertEquals(List.of(new Gap(4, 5)), reader.info().gaps());
            assertEquals(List.of("EDF+C file has a gap of 5.0 s before data record 5; reported as a gap although the"
                    + " reserved field says continuous"), reader.info().warnings());
        }
    }

    @Test
    void firstRecordOnsetGivesTheSubsecondStart() throws IOException {
        EdfFixture fixture = EdfFixture.edfPlus();
        for (int r = 0; r < 5; r++) {
            fixture.tals(r, "+" + r + ".25\u0014\u0014\u0000", US_ASCII);
        }
        fixture.tals(2, "+2.25\u0014\u0014\u0000+2.5\u00150.1\u0014late\u0014\u0000", US_ASCII);
        try (EdfReader reader = EdfReader.open(fixture.write(dir.resolve("sub.edf")))) {
            assertEquals(Instant.parse("2020-01-02T03:04:05.250Z"), reader.info().start());
            assertEquals(List.of(new Annotation(2.25, 0.1, "late")), reader.info().annotations());
            assertEquals(List.of(new Segment(0, 0, 5)), reader.info().segments());
        }
    }

    @Test
    void annotationEncodingCanBeOverridden() throws IOException {
        Path file = EdfFixture.edfPlus()
                .tals(1, "+1\u0014\u0014\u0000+1.25\u0014\u00c4rger \u00fcber St\u00f6rung\u0014\u0000", ISO_8859_1)
                .write(dir.resolve("latin1.edf"));
        try (EdfReader reader = EdfReader.open(file, EdfOptions.defaults().withAnnotationEncoding(ISO_8859_1))) {
            assertEquals("\u00c4rger \u00fcber St\u00f6rung", reader.info().annotations().get(1).description());
            assertTrue(reader.info().warnings().isEmpty());
        }
        try (EdfReader reader = EdfReader.open(file)) {
            assertEquals("\ufffdrger \ufffdber St\ufffdrung", reader.info().annotations().get(1).description());
            assertEquals(List.of("annotations of data record 2: '\u00c4rger \u00fcber St\u00f6rung' is not valid UTF-8;"
                    + " undecodable bytes replaced by U+FFFD (open with another annotation encoding, e.g. ISO-8859-1)"),
                    reader.info().warnings());
        }
        try (EdfReader reader = EdfReader.open(EdfFixture.edfPlus().write(dir.resolve("utf8.edf")),
                EdfOptions.defaults().withAnnotationEncoding(UTF_8))) {
            assertEquals("\u00c4rger \u00fcber St\u00f6rung (\u00b5V) \u2014 test",
                    reader.info().annotations().get(1).description());
        }
    }

    @Test
    void bdfStatusTriggersAreTheLow16Bits() throws IOException {
        EdfFixture fixture = EdfFixture.bdfPlus().field(EdfField.LABEL, 3, "Status");
        for (int i = 0; i < 256; i++) {
            int trigger = (i >= 10 && i < 15) ? 3 : (i >= 100 && i < 101) ? 0x0102 : (i >= 101 && i < 120) ? 0x0104 : 0;
            fixture.sample(3, i, 0x7f0000 | trigger);
        }
        fixture.sample(3, 255, 0x7f0009);
        try (EdfReader reader = EdfReader.open(fixture.write(dir.resolve("status.bdf")))) {
            assertEquals(List.of(new TriggerEvent(10, 0, 3), new TriggerEvent(100, 0, 0x0102),
                    new TriggerEvent(101, 0x0102, 0x0104), new TriggerEvent(255, 0, 9)), reader.events());
            assertArrayEquals(new int[] {0x7f0000, 0x7f0003}, reader.readDigital(3, 9, 2));
        }
    }
}
