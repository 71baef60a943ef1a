package org.neurobeam.ingest.edf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Decodes the fields of an EDF header record. The spec allows only printable US-ASCII (EDF+ spec
 * §2.1.3 item 9 / EDF "Header record"); other bytes are decoded as Latin-1, as MNE does
 * (mne-python#5943), and reported as a warning naming the field.
 */
final class HeaderFields {

    private final byte[] header;
    private final Path file;
    private final int ns;
    private final List<String> warnings;

    HeaderFields(byte[] header, Path file, int ns, List<String> warnings) {
        this.header = header;
        this.file = file;
        this.ns = ns;
        this.warnings = warnings;
    }

    /** A fixed-part field with trailing spaces removed. */
    String text(EdfField field) {
        return text(field, 0);
    }

    /** A field (of {@code signal} for per-signal fields) with trailing spaces removed. */
    String text(EdfField field, int signal) {
        int at = field.offset(ns, signal);
        boolean ascii = true;
        for (int i = at; i < at + field.width; i++) {
            ascii &= header[i] >= 32 && header[i] < 127;
        }
        String value = new String(header, at, field.width, StandardCharsets.ISO_8859_1).stripTrailing();
        if (!ascii) {
            warnings.add(String.format("%s: %s holds bytes outside printable US-ASCII; decoded as Latin-1: '%s'",
                    name(field, signal), field.label, value));
        }
        return value;
    }

    /** An integer field. */
    long integer(EdfField field, int signal) throws InvalidInputException {
        String value = text(field, signal).strip();
        try {
            return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, name(field, signal), "expected an integer, got '" + value + "'");
        }
    }

    /** A decimal field. */
    double decimal(EdfField field, int signal) throws InvalidInputException {
        String value = text(field, signal).strip();
        try {
            double parsed = Double.parseDouble(value);
            Checks.input(Double.isFinite(parsed), file, name(field, signal), "expected a finite number, got '%s'",
                    value);
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, name(field, signal), "expected a number, got '" + value + "'");
        }
    }

    /** How messages name a field: "digital minimum of signal 3 'EEG Fp1'" or the fixed field's label. */
    String name(EdfField field, int signal) {
        if (!field.perSignal) {
            return field.label;
        }
        int at = EdfField.LABEL.offset(ns, signal);
        String label = new String(header, at, EdfField.LABEL.width, StandardCharsets.ISO_8859_1).strip();
        return String.format("%s of signal %d '%s'", field.label, signal + 1, label);
    }
}
