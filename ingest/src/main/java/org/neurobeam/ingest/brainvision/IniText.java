package org.neurobeam.ingest.brainvision;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A BrainVision header or marker file (Core Data Format 1.0, "General layout"): a first identification
 * line, then Windows-INI sections of {@code key=value} lines; ';' starts a comment; the free-text
 * {@code [Comment]} section is skipped. The text is decoded with the charset named by
 * {@code Codepage=} in {@code [Common Infos]} (UTF-8, or ANSI = windows-1252; mne-python PR #4335):
 * the file is first read as Latin-1, which keeps ASCII keys intact, to find that line.
 */
final class IniText {

    private final Path file;
    private final String firstLine;
    private final Map<String, Map<String, String>> sections;

    private IniText(Path file, String firstLine, Map<String, Map<String, String>> sections) {
        this.file = file;
        this.firstLine = firstLine;
        this.sections = sections;
    }

    static IniText parse(Path file, byte[] bytes, List<String> warnings) throws InvalidInputException {
        Map<String, Map<String, String>> latin = sections(new String(bytes, StandardCharsets.ISO_8859_1));
        String codepage = latin.getOrDefault("Common Infos", Map.of()).get("Codepage");
        Charset charset = charset(codepage, bytes, file, warnings);
        String text = new String(bytes, charset);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("").strip();
        return new IniText(file, first, sections(text));
    }

    private static Charset charset(String codepage, byte[] bytes, Path file, List<String> warnings)
            throws InvalidInputException {
        if (codepage == null) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                return StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                warnings.add(file + ": no Codepage= line and the text is not UTF-8; decoded as ANSI (windows-1252)");
                return Charset.forName("windows-1252");
            }
        }
        switch (codepage.toUpperCase(Locale.ROOT)) {
            case "UTF-8":
            case "UTF8":
                return StandardCharsets.UTF_8;
            case "ANSI":
            case "WINDOWS-1252":
            case "CP1252":
                return Charset.forName("windows-1252");
            case "LATIN-1":
            case "LATIN1":
            case "ISO-8859-1":
                return StandardCharsets.ISO_8859_1;
            default:
                throw new InvalidInputException(file, "Codepage", "expected UTF-8 or ANSI, got '" + codepage + "'");
        }
    }

    private static Map<String, Map<String, String>> sections(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                current = name.equals("Comment") ? null : sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
            } else if (current != null && !line.startsWith(";") && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return sections;
    }

    /** The identification line, BOM removed. */
    String firstLine() {
        return firstLine;
    }

    /** The keys and values of {@code section} in file order, empty when absent. */
    Map<String, String> section(String section) {
        return sections.getOrDefault(section, Map.of());
    }

    /** A value that must be present. */
    String required(String section, String key) throws InvalidInputException {
        String value = section(section).get(key);
        Checks.input(value != null && !value.isEmpty(), file, key, "missing from [%s]", section);
        return value;
    }

    /** Numbered entries {@code prefix1, prefix2, ...} of {@code section}, as long as they continue. */
    List<String> numbered(String section, String prefix) {
        List<String> values = new ArrayList<>();
        Map<String, String> entries = section(section);
        for (int i = 1; entries.containsKey(prefix + i); i++) {
            values.add(entries.get(prefix + i));
        }
        return values;
    }
}
