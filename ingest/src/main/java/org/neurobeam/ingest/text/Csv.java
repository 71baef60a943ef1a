package org.neurobeam.ingest.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Comma-separated values as RFC 4180 writes them: fields separated by commas, records by line breaks
 * (LF or CRLF); a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for
 * one {@code "}). Text is UTF-8; a leading byte-order mark is dropped. Blank lines are skipped.
 */
public final class Csv {

    /** One record and the line it starts on (1-based). */
    public record Row(int line, List<String> fields) {
    }

    private Csv() {
    }

    /** Reads every record of {@code file}; fails naming the line where a quoted field is never closed. */
    public static List<Row> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                end(rows, fields, field, start);
                line++;
                start = line;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        Checks.input(!quoted, file, "line " + start, "quoted field is never closed");
        end(rows, fields, field, start);
        return rows;
    }

    private static void end(List<Row> rows, List<String> fields, StringBuilder field, int line) {
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            rows.add(new Row(line, Collections.unmodifiableList(new ArrayList<>(fields))));
        }
        fields.clear();
    }
}
