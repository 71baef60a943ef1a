package org.neurobeam.ingest.brainvision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Reads the {@code [Marker Infos]} of a {@code .vmrk} (Core Data Format 1.0, "Marker file"), decoded
 * per its own {@code Codepage=}. A missing identification line is only a warning (mne-python#9999).
 */
final class MarkerFile {

    private MarkerFile() {
    }

    static List<Marker> read(Path vmrk, List<String> warnings) throws IOException {
        IniText ini = IniText.parse(vmrk, Files.readAllBytes(vmrk), warnings);
        if (!ini.firstLine().matches("Brain ?Vision Data Exchange Marker File.*")) {
            warnings.add(vmrk + ": first line is not 'Brain Vision Data Exchange Marker File, Version 1.0'");
        }
        List<Marker> markers = new ArrayList<>();
        List<String> lines = ini.numbered("Marker Infos", "Mk");
        for (int i = 0; i < lines.size(); i++) {
            String[] p = lines.get(i).split(",", -1);
            String field = "Mk" + (i + 1);
            if (p.length < 5) {
                throw new InvalidInputException(vmrk, field, "expected <type>,<description>,<position>,<points>,"
                        + "<channel>[,<date>], got '" + lines.get(i) + "'");
            }
            try {
                markers.add(new Marker(p[0].replace("\\1", ","), p[1].replace("\\1", ","),
                        Long.parseLong(p[2].strip()), Long.parseLong(p[3].strip()), Integer.parseInt(p[4].strip()),
                        p.length > 5 ? p[5].strip() : ""));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(vmrk, field, "position, points and channel must be integers, got '"
                        + lines.get(i) + "'");
            }
        }
        return markers;
    }
}
