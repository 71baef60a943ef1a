package org.neurobeam.ingest.fif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/** Broken FIF files fail with a message naming the file and the tag or field at fault. */
class FifInvalidInputTest {

    private static final Path FIF = SharedData.file("fif/sim_eeg_raw.fif");

    @TempDir
    Path dir;

    /** Byte offset of the header of the first tag of {@code kind}, walking the tags sequentially. */
    private static int tagAt(byte[] bytes, int kind) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int pos = 0;
        while (b.getInt(pos) != kind) {
            pos += 16 + b.getInt(pos + 8);
        }
        return pos;
    }

    private InvalidInputException rejected(byte[] bytes, String field) throws IOException {
        Path file = Files.write(dir.resolve("broken_raw.fif"), bytes);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FifReader.open(file).close());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": " + field + ": "), e.getMessage());
        return e;
    }

    @Test
    void tagSizeBeyondTheFile() throws IOException {
        byte[] bytes = Files.readAllBytes(FIF);
        int at = tagAt(bytes, 300);
        ByteBuffer.wrap(bytes).putInt(at + 8, 1 << 30);
        InvalidInputException e = rejected(bytes, "tag at byte " + at);
        assertTrue(e.getMessage().contains("tag kind 300 declares 1073741824 data bytes"), e.getMessage());
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(FIF);
        int at = tagAt(bytes, 300);
        rejected(Arrays.copyOf(bytes, at + 100), "tag at byte " + at);
    }

    @Test
    void notAFifFile() throws IOException {
        byte[] bytes = Files.readAllBytes(FIF);
        ByteBuffer.wrap(bytes).putInt(0, 7);
        rejected(bytes, "FIFF_FILE_ID");
    }

    @Test
    void wrongTagType() throws IOException {
        byte[] bytes = Files.readAllBytes(FIF);
        int at = tagAt(bytes, 201);
        ByteBuffer.wrap(bytes).putInt(at + 4, 3);
        InvalidInputException e = rejected(bytes, "tag kind 201 at byte " + at);
        assertTrue(e.getMessage().endsWith("expected data type 4, found 3"), e.getMessage());
    }

    @Test
    void unsupportedBufferType() throws IOException {
        byte[] bytes = Files.readAllBytes(FIF);
        int at = tagAt(bytes, 300);
        ByteBuffer.wrap(bytes).putInt(at + 4, 21);
        InvalidInputException e = rejected(bytes, "FIFF_DATA_BUFFER at byte " + at);
        assertTrue(e.getMessage().endsWith("data type 21 is not short, int, float or double"), e.getMessage());
    }

    @Test
    void nchanDisagreesWithChannelInfos() throws IOException {
        byte[] bytes = Files.readAllBytes(FIF);
        ByteBuffer.wrap(bytes).putInt(tagAt(bytes, 200) + 16, 12);
        InvalidInputException e = rejected(bytes, "FIFF_NCHAN");
        assertTrue(e.getMessage().endsWith("says 12 channels, found 11 FIFF_CH_INFO tags"), e.getMessage());
    }
}
