package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Region names of an atlas, read from a BIDS {@code dseg.tsv} (tab-separated with a header holding
 * columns {@code index} and {@code name}; other columns ignored; chosen by a {@code .tsv} suffix) or
 * from a FreeSurfer colour look-up table ({@code FreeSurferColorLUT.txt}: lines
 * {@code index name r g b a}, {@code #} comments and blank lines skipped).
 */
final class RegionNames {

    private RegionNames() {
    }

    /** index to name; empty for a {@code null} file. */
    static Map<Integer, String> read(Path file) throws IOException {
        Map<Integer, String> names = new TreeMap<>();
        if (file == null) {
            return names;
        }
        List<String> lines = Files.readAllLines(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            readTsv(file, lines, names);
        } else {
            readLut(file, lines, names);
        }
        return names;
    }

    private static void readTsv(Path file, List<String> lines, Map<Integer, String> names) throws IOException {
        Checks.input(!lines.isEmpty(), file, "header", "empty file; expected a header with columns index and name");
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int index = header.indexOf("index");
        int name = header.indexOf("name");
        Checks.input(index >= 0 && name >= 0, file, "header", "expected columns 'index' and 'name', got %s", header);
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] cells = lines.get(n).split("\t", -1);
            Checks.input(cells.length > Math.max(index, name), file, "line " + (n + 1),
                    "expected %d tab-separated columns, got %d", header.size(), cells.length);
            put(file, n + 1, cells[index].trim(), cells[name].trim(), names);
        }
    }

    private static void readLut(Path file, List<String> lines, Map<Integer, String> names) throws IOException {
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            Checks.input(cells.length >= 2, file, "line " + (n + 1), "expected 'index name r g b a', got '%s'", line);
            put(file, n + 1, cells[0], cells[1], names);
        }
    }

    private static void put(Path file, int line, String index, String name, Map<Integer, String> names)
            throws IOException {
        int label;
        try {
            label = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, "line " + line,
                    "index '" + index + "' is not an integer", e);
        }
        Checks.input(names.putIfAbsent(label, name) == null, file, "line " + line, "index %d is listed twice", label);
    }
}
