package org.neurobeam.ingest.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A validated EDF/EDF+/BDF/BDF+ header record. {@link #read} checks every field a reader sizes
 * anything from, and the data size against the file size, before any sample is touched.
 */
public final class EdfHeader {

    private final Path file;
    private final EdfVariant variant;
    private final EdfIdentity identity;
    private final LocalDateTime start;
    private final int headerBytes;
    private final long records;
    private final double recordDuration;
    private final List<EdfSignal> signals;
    private final int recordBytes;
    private final List<String> warnings;

    private EdfHeader(Path file, EdfVariant variant, EdfIdentity identity, LocalDateTime start, int headerBytes,
            long records, double recordDuration, List<EdfSignal> signals, int recordBytes, List<String> warnings) {
        this.file = file;
        this.variant = variant;
        this.identity = identity;
        this.start = start;
        this.headerBytes = headerBytes;
        this.records = records;
        this.recordDuration = recordDuration;
        this.signals = List.copyOf(signals);
        this.recordBytes = recordBytes;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads and validates the header of {@code file}. Checks, in order: version, number of signals,
     * number of bytes in header record (= 256 * (ns + 1)), reserved (variant), startdate/starttime,
     * record duration, each signal's samples per record, digital and physical range, the annotation
     * signal of a "plus" file, and the number of data records against the file size.
     */
    static EdfHeader read(Path file, FileChannel channel, EdfOptions options) throws IOException {
        List<String> warnings = new ArrayList<>();
        long size = channel.size();
        Checks.input(size >= EdfField.FIXED_BYTES, file, EdfField.VERSION.label,
                "file holds %d bytes, fewer than the 256-byte fixed header", size);
        byte[] fixed = readFully(channel, 0, EdfField.FIXED_BYTES);
        HeaderFields head = new HeaderFields(fixed, file, 0, warnings);
        boolean bdf = isBdf(fixed, file, head);
        long ns = head.integer(EdfField.SIGNALS, 0);
        Checks.input(ns >= 1 && ns <= (Integer.MAX_VALUE - EdfField.FIXED_BYTES) / EdfField.BYTES_PER_SIGNAL,
                file, EdfField.SIGNALS.label, "expected a positive count, got %d", ns);
        long headerBytes = head.integer(EdfField.HEADER_BYTES, 0);
        long expectedHeader = EdfField.FIXED_BYTES + ns * EdfField.BYTES_PER_SIGNAL;
        Checks.input(headerBytes == expectedHeader, file, EdfField.HEADER_BYTES.label,
                "%d signals need %d header bytes, the field says %d", ns, expectedHeader, headerBytes);
        Checks.input(size >= headerBytes, file, EdfField.HEADER_BYTES.label,
                "file holds %d bytes, fewer than the %d-byte header", size, headerBytes);
        byte[] header = readFully(channel, 0, (int) headerBytes);
        HeaderFields fields = new HeaderFields(header, file, (int) ns, warnings);
        EdfVariant variant = variant(fields.text(EdfField.RESERVED), bdf);
        EdfIdentity identity = EdfIdentity.parse(fields.text(EdfField.PATIENT), fields.text(EdfField.RECORDING),
                variant.isPlus());
        LocalDateTime start = start(fields, identity, file);
        double duration = fields.decimal(EdfField.RECORD_DURATION, 0);
        List<EdfSignal> signals = signals(fields, (int) ns, variant, file);
        int recordBytes = 0;
        for (EdfSignal s : signals) {
            recordBytes += s.samplesPerRecord() * variant.sampleBytes();
        }
        boolean ordinary = signals.stream().anyMatch(s -> !s.annotation());
        Checks.input(duration > 0 || (duration == 0 && !ordinary), file, EdfField.RECORD_DURATION.label,
                "expected a positive number of seconds (0 only for annotation-only files), got %s", duration);
        Checks.input(!variant.isPlus() || signals.stream().anyMatch(EdfSignal::annotation), file,
                EdfField.LABEL.label, "an %s file needs an '%s' signal (EDF+ spec 2.2.1); labels are %s",
                variant.label(), variant.annotationLabel(), signals.stream().map(EdfSignal::label).toList());
        long records = records(fields.integer(EdfField.RECORDS, 0), size - headerBytes, recordBytes, file, options,
                warnings);
        return new EdfHeader(file, variant, identity, start, (int) headerBytes, records, duration, signals,
                recordBytes, warnings);
    }

    /** EDF: version "0"; BDF: byte 0xFF followed by "BIOSEMI" (BioSemi BDF notes). */
    private static boolean isBdf(byte[] fixed, Path file, HeaderFields head) throws InvalidInputException {
        String biosemi = new String(fixed, 1, 7, StandardCharsets.ISO_8859_1);
        if ((fixed[0] & 0xff) == 0xff && biosemi.equals("BIOSEMI")) {
            return true;
        }
        String version = new String(fixed, 0, 8, StandardCharsets.ISO_8859_1);
        Checks.input(version.strip().equals("0"), file, EdfField.VERSION.label,
                "expected '0' (EDF) or 0xFF 'BIOSEMI' (BDF), got '%s'", version.replaceAll("\\p{Cntrl}", "?"));
        return false;
    }

    private static EdfVariant variant(String reserved, boolean bdf) {
        String prefix = bdf ? "BDF" : "EDF";
        if (reserved.startsWith(prefix + "+C")) {
            return bdf ? EdfVariant.BDF_PLUS_C : EdfVariant.EDF_PLUS_C;
        }
        if (reserved.startsWith(prefix + "+D")) {
            return bdf ? EdfVariant.BDF_PLUS_D : EdfVariant.EDF_PLUS_D;
        }
        return bdf ? EdfVariant.BDF : EdfVariant.EDF;
    }

    /**
     * startdate dd.mm.yy and starttime hh.mm.ss; two-digit years 85..99 are 19xx, else 20xx (EDF spec
     * clipping date 1985); an EDF+ "Startdate dd-MMM-yyyy" in the recording field gives the full year
     * (EDF+ spec §2.1.3 items 2 and 4).
     */
    private static LocalDateTime start(HeaderFields fields, EdfIdentity identity, Path file)
            throws InvalidInputException {
        String date = fields.text(EdfField.START_DATE);
        String time = fields.text(EdfField.START_TIME);
        try {
            String[] d = date.split("\\.");
            String[] t = time.split("\\.");
            Checks.input(d.length == 3 && d[2].length() == 2, file, EdfField.START_DATE.label,
                    "expected dd.mm.yy, got '%s'", date);
            Checks.input(t.length == 3, file, EdfField.START_TIME.label, "expected hh.mm.ss, got '%s'", time);
            int yy = Integer.parseInt(d[2]);
            int year = identity.startDate() != null ? identity.startDate().getYear() : (yy >= 85 ? 1900 : 2000) + yy;
            LocalDate day = LocalDate.of(year, Integer.parseInt(d[1]), Integer.parseInt(d[0]));
            return LocalDateTime.of(day, LocalTime.of(Integer.parseInt(t[0]), Integer.parseInt(t[1]),
                    Integer.parseInt(t[2])));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InvalidInputException(file, EdfField.START_DATE.label + "/" + EdfField.START_TIME.label,
                    String.format("not a valid date and time: '%s' '%s'", date, time), e);
        }
    }

    private static List<EdfSignal> signals(HeaderFields f, int ns, EdfVariant variant, Path file)
            throws InvalidInputException {
        List<EdfSignal> signals = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < ns; i++) {
            String label = f.text(EdfField.LABEL, i).strip();
            boolean annotation = label.equals(variant.annotationLabel())
                    || (variant.isPlus() && label.equals("EDF Annotations"));
            long spr = f.integer(EdfField.SAMPLES_PER_RECORD, i);
            Checks.input(spr >= 1 && spr <= Integer.MAX_VALUE / 3 / ns, file, f.name(EdfField.SAMPLES_PER_RECORD, i),
                    "expected a positive count, got %d", spr);
            long dmin = f.integer(EdfField.DIGITAL_MIN, i);
            long dmax = f.integer(EdfField.DIGITAL_MAX, i);
            double pmin = f.decimal(EdfField.PHYSICAL_MIN, i);
            double pmax = f.decimal(EdfField.PHYSICAL_MAX, i);
            if (!annotation) {
                Checks.input(dmin >= variant.digitalFloor() && dmax <= variant.digitalCeiling(), file,
                        f.name(EdfField.DIGITAL_MIN, i) + "/" + EdfField.DIGITAL_MAX.label,
                        "%d..%d exceeds the %d-bit range %d..%d", dmin, dmax, 8 * variant.sampleBytes(),
                        variant.digitalFloor(), variant.digitalCeiling());
                Checks.input(dmin < dmax, file, f.name(EdfField.DIGITAL_MIN, i) + "/" + EdfField.DIGITAL_MAX.label,
                        "digital minimum %d must be below digital maximum %d (the physical scaling divides by"
                        + " their difference)", dmin, dmax);
                Checks.input(pmin != pmax, file, f.name(EdfField.PHYSICAL_MIN, i) + "/" + EdfField.PHYSICAL_MAX.label,
                        "physical minimum equals physical maximum (%s)", pmin);
            }
            signals.add(new EdfSignal(i, label, f.text(EdfField.TRANSDUCER, i), f.text(EdfField.PHYSICAL_DIMENSION, i),
                    pmin, pmax, (int) dmin, (int) dmax, f.text(EdfField.PREFILTER, i), (int) spr, offset, annotation));
            offset += (int) spr * variant.sampleBytes();
        }
        return signals;
    }

    /**
     * The number of data records, checked against the bytes after the header. -1 ("unknown", EDF+
     * spec §2.1.3 item 10; mne-python#4028) is inferred from the file size with a warning; a
     * truncated last record fails unless {@link EdfOptions#dropTruncatedRecord()}.
     */
    private static long records(long declared, long dataBytes, int recordBytes, Path file, EdfOptions options,
            List<String> warnings) throws InvalidInputException {
        String field = EdfField.RECORDS.label;
        long whole = dataBytes / recordBytes;
        long rest = dataBytes % recordBytes;
        if (declared == -1) {
            warnings.add(String.format("%s is -1 (unknown); inferred %d from the file size (%d data bytes,"
                    + " %d per record)", field, whole, dataBytes, recordBytes));
            if (rest != 0) {
                warnings.add(String.format("%s: ignored %d trailing bytes, less than one %d-byte data record",
                        field, rest, recordBytes));
            }
            return whole;
        }
        Checks.input(declared >= 0, file, field, "expected a count or -1, got %d", declared);
        if (declared == whole + 1 && rest != 0) {
            Checks.input(options.dropTruncatedRecord(), file, field,
                    "last data record %d is truncated: the file holds %d of its %d bytes", declared, rest,
                    recordBytes);
            warnings.add(String.format("%s: dropped truncated last data record %d (%d of %d bytes)", field,
                    declared, rest, recordBytes));
            return whole;
        }
        Checks.input(declared == whole && rest == 0, file, field,
                "%d records of %d bytes need %d bytes after the header, the file holds %d", declared, recordBytes,
                declared * recordBytes, dataBytes);
        return declared;
    }

    static byte[] readFully(FileChannel channel, long position, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }

    public Path file() {
        return file;
    }

    public EdfVariant variant() {
        return variant;
    }

    /** EDF+ patient and recording subfields (raw text for plain EDF). */
    public EdfIdentity identity() {
        return identity;
    }

    /** startdate and starttime of the header, whole seconds (the sub-second part is in the first TAL). */
    public LocalDateTime start() {
        return start;
    }

    public int headerBytes() {
        return headerBytes;
    }

    /** Number of complete data records to read (inferred when the field says -1). */
    public long records() {
        return records;
    }

    /** Duration of a data record in seconds. */
    public double recordDuration() {
        return recordDuration;
    }

    /** All signals, annotation signals included. */
    public List<EdfSignal> signals() {
        return signals;
    }

    /** Bytes in one data record. */
    public int recordBytes() {
        return recordBytes;
    }

    /** Tolerated deviations found while reading the header. */
    public List<String> warnings() {
        return warnings;
    }
}
