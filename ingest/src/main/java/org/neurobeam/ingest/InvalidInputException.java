package org.neurobeam.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read as what it claims to be. The message always names the file and, where
 * one is at fault, the header field, so a row in the {@code failures} table explains itself.
 */
public final class InvalidInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    public InvalidInputException(Path file, String field, String message) {
        this(file, field, message, null);
    }

    public InvalidInputException(Path file, String field, String message, Throwable cause) {
        super(compose(file, field, message), cause);
        this.file = file == null ? null : file.toString();
        this.field = field;
    }

    /** The offending file as given, or {@code null} when the input is not a file. */
    public String file() {
        return file;
    }

    /** The header field or column at fault, or {@code null} when the whole file is. */
    public String field() {
        return field;
    }

    private static String compose(Path file, String field, String message) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file).append(": ");
        }
        if (field != null) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
