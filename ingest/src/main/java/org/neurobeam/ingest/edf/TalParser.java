package org.neurobeam.ingest.edf;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Parses the bytes of an annotation signal in one data record into {@link Tal}s (EDF+ spec §2.2.2):
 * {@code +Onset[0x15Duration]0x14[Text0x14]...0x00}, TALs following each other, unused bytes 0x00.
 * Onset and duration are ASCII decimals (onset signed, duration unsigned); texts are decoded with the
 * caller's charset (the spec says UTF-8; MNE's {@code encoding} parameter lets Latin-1 files be read).
 */
final class TalParser {

    private static final byte TAL_END = 0x00;
    private static final byte DURATION = 0x15;
    private static final byte SEPARATOR = 0x14;
    private static final Pattern ONSET = Pattern.compile("[+-]\\d+(\\.\\d*)?");
    private static final Pattern SPAN = Pattern.compile("\\d+(\\.\\d*)?");

    private final Path file;
    private final Charset charset;
    private final List<String> warnings;

    TalParser(Path file, Charset charset, List<String> warnings) {
        this.file = file;
        this.charset = charset;
        this.warnings = warnings;
    }

    /** The TALs of {@code bytes}, the annotation signal of data record {@code record} (0-based). */
    List<Tal> parse(byte[] bytes, long record) throws InvalidInputException {
        List<Tal> tals = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            if (bytes[at] == TAL_END) {
                at++;
                continue;
            }
            int end = at;
            while (end < bytes.length && bytes[end] != TAL_END) {
                end++;
            }
            tals.add(tal(Arrays.copyOfRange(bytes, at, end), record));
            at = end + 1;
        }
        return tals;
    }

    private Tal tal(byte[] tal, long record) throws InvalidInputException {
        int head = indexOf(tal, SEPARATOR, 0);
        String where = "annotations of data record " + (record + 1);
        Checks.input(head > 0 && tal[tal.length - 1] == SEPARATOR, file, where,
                "TAL '%s' does not end its onset and its texts with 0x14", printable(tal));
        int split = indexOf(tal, DURATION, 0);
        boolean hasDuration = split >= 0 && split < head;
        String onset = new String(tal, 0, hasDuration ? split : head, StandardCharsets.US_ASCII);
        Checks.input(ONSET.matcher(onset).matches(), file, where, "TAL onset '%s' is not +seconds or -seconds",
                printable(onset.getBytes(StandardCharsets.US_ASCII)));
        Double duration = null;
        if (hasDuration) {
            String span = new String(tal, split + 1, head - split - 1, StandardCharsets.US_ASCII);
            Checks.input(SPAN.matcher(span).matches(), file, where, "TAL duration '%s' is not a number of seconds",
                    span);
            duration = Double.parseDouble(span);
        }
        List<String> texts = new ArrayList<>();
        int from = head + 1;
        while (from < tal.length) {
            int to = indexOf(tal, SEPARATOR, from);
            texts.add(decode(Arrays.copyOfRange(tal, from, to), record));
            from = to + 1;
        }
        if (texts.isEmpty()) {
            texts.add("");
        }
        return new Tal(new BigDecimal(onset.startsWith("+") ? onset.substring(1) : onset), duration, texts);
    }

    private String decode(byte[] text, long record) {
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            warnings.add(String.format("annotations of data record %d: '%s' is not valid %s; undecodable bytes"
                    + " replaced by U+FFFD (open with another annotation encoding, e.g. ISO-8859-1)", record + 1,
                    new String(text, StandardCharsets.ISO_8859_1), charset.name()));
            return new String(text, charset);
        }
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String printable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
        }
        return out.toString();
    }
}
