package org.neurobeam.ingest.edf;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.testing.SharedData;

/** A shared EDF/BDF file loaded into memory to be broken or rewritten field by field, then saved. */
final class EdfFixture {

    private final EdfHeader header;
    private byte[] bytes;

    private EdfFixture(Path file) throws IOException {
        this.bytes = Files.readAllBytes(file);
        try (EdfReader reader = EdfReader.open(file)) {
            this.header = reader.header();
        }
    }

    /** The EDF+C file of the corpus: 5 records of 1 s; signal 6 is "EDF Annotations". */
    static EdfFixture edfPlus() throws IOException {
        return new EdfFixture(SharedData.file("eeg/sim_edfplus.edf"));
    }

    /** The BDF+C file of the corpus: 4 records of 1 s; signal 4 GSR at 64 Hz, signal 5 "BDF Annotations". */
    static EdfFixture bdfPlus() throws IOException {
        return new EdfFixture(SharedData.file("eeg/sim_bdfplus.bdf"));
    }

    /** Writes {@code value}, space padded, into a field (of {@code signal}, 0-based, for per-signal fields). */
    EdfFixture field(EdfField field, int signal, String value) {
        return field(field, signal, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    EdfFixture field(EdfField field, int signal, byte[] value) {
        int at = field.offset(header.signals().size(), signal);
        Arrays.fill(bytes, at, at + field.width, (byte) ' ');
        System.arraycopy(value, 0, bytes, at, value.length);
        return this;
    }

    /** Replaces the annotation signal of {@code record} with {@code tals} (0x14/0x15/0x00 as \u0014...), 0-padded. */
    EdfFixture tals(int record, String tals, Charset charset) {
        EdfSignal annotations = header.signals().stream().filter(EdfSignal::annotation).findFirst().orElseThrow();
        int width = header.variant().sampleBytes();
        int at = header.headerBytes() + record * header.recordBytes() + annotations.recordOffset();
        byte[] text = tals.getBytes(charset);
        Arrays.fill(bytes, at, at + annotations.samplesPerRecord() * width, (byte) 0);
        System.arraycopy(text, 0, bytes, at, text.length);
        return this;
    }

    /** Sets sample {@code sample} of signal {@code signal} to {@code digital} (little-endian). */
    EdfFixture sample(int signal, long sample, int digital) {
        EdfSignal s = header.signals().get(signal);
        int width = header.variant().sampleBytes();
        long record = sample / s.samplesPerRecord();
        int at = (int) (header.headerBytes() + record * header.recordBytes() + s.recordOffset()
                + (sample % s.samplesPerRecord()) * width);
        for (int b = 0; b < width; b++) {
            bytes[at + b] = (byte) (digital >> (8 * b));
        }
        return this;
    }

    /** Drops the last {@code n} bytes. */
    EdfFixture truncate(int n) {
        bytes = Arrays.copyOf(bytes, bytes.length - n);
        return this;
    }

    EdfHeader header() {
        return header;
    }

    Path write(Path file) throws IOException {
        return Files.write(file, bytes);
    }
}
