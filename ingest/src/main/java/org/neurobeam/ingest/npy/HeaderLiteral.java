package org.neurobeam.ingest.npy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Parses the header of a {@code .npy} file: "an ASCII string which contains a Python literal expression
 * of a dictionary" (NEP-1, "Format Specification: Version 1.0"). Only the literals such headers use are
 * accepted: dicts, str, int, True/False/None, tuples and lists. Dict values come back as String, Long,
 * Boolean, {@code null} or {@code List<Object>}.
 */
final class HeaderLiteral {

    private final String text;
    private final Path file;
    private int at;

    private HeaderLiteral(String text, Path file) {
        this.text = text;
        this.file = file;
    }

    /** The dictionary of {@code text}; anything else fails naming the header. */
    static Map<String, Object> parseDict(String text, Path file) throws InvalidInputException {
        HeaderLiteral parser = new HeaderLiteral(text, file);
        Object value = parser.value();
        parser.skipSpace();
        if (!(value instanceof Map<?, ?> map) || parser.at != text.length()) {
            throw parser.error("expected one Python dict literal");
        }
        Map<String, Object> dict = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            dict.put((String) e.getKey(), e.getValue());
        }
        return dict;
    }

    private Object value() throws InvalidInputException {
        skipSpace();
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(at);
        if (c == '{') {
            return dict();
        }
        if (c == '(' || c == '[') {
            return sequence(c == '(' ? ')' : ']');
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '-' || Character.isDigit(c)) {
            return integer();
        }
        return name();
    }

    private Map<Object, Object> dict() throws InvalidInputException {
        Map<Object, Object> map = new LinkedHashMap<>();
        at++;
        while (!closes('}')) {
            Object key = value();
            if (!(key instanceof String)) {
                throw error("dict keys must be strings");
            }
            expect(':');
            map.put(key, value());
            if (closes('}')) {
                return map;
            }
            expect(',');
        }
        return map;
    }

    private List<Object> sequence(char close) throws InvalidInputException {
        List<Object> items = new ArrayList<>();
        at++;
        while (!closes(close)) {
            items.add(value());
            if (closes(close)) {
                return items;
            }
            expect(',');
        }
        return items;
    }

    /** Consumes {@code close} (after blanks) when it is next. */
    private boolean closes(char close) throws InvalidInputException {
        skipSpace();
        if (at >= text.length()) {
            throw error("unexpected end, expected '" + close + "'");
        }
        if (text.charAt(at) == close) {
            at++;
            return true;
        }
        return false;
    }

    private String string(char quote) throws InvalidInputException {
        int end = text.indexOf(quote, at + 1);
        if (end < 0) {
            throw error("unterminated string");
        }
        String s = text.substring(at + 1, end);
        if (s.indexOf('\\') >= 0) {
            throw error("escapes in strings are not supported");
        }
        at = end + 1;
        return s;
    }

    private Long integer() throws InvalidInputException {
        int start = at;
        if (text.charAt(at) == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == 'L') {
            at++; // Python 2 long suffix, written by old numpy
        }
        try {
            return Long.parseLong(text.substring(start, at).replace("L", ""));
        } catch (NumberFormatException e) {
            throw error("bad integer '" + text.substring(start, at) + "'");
        }
    }

    private Object name() throws InvalidInputException {
        for (String word : new String[] {"True", "False", "None"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("None") ? null : Boolean.valueOf(word.equals("True"));
            }
        }
        throw error("unexpected character '" + text.charAt(at) + "'");
    }

    private void expect(char c) throws InvalidInputException {
        skipSpace();
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private InvalidInputException error(String message) {
        return new InvalidInputException(file, "header", message + " at character " + at + " of " + text.strip());
    }
}
