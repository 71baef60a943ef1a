package org.neurobeam.cohorts.ephys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.Tsv;

/**
 * The content of an {@code *_electrodes.tsv} (BIDS "Electroencephalography" and "Intracranial
 * Electroencephalography", Electrode description): one {@link Electrode} per row, in file order.
 *
 * <p>Fails with an {@link org.neurobeam.ingest.InvalidInputException} naming the file and the column when
 * {@code name}, {@code x}, {@code y} or {@code z} (and for iEEG {@code size}) is missing, a row has the
 * wrong width, a name is {@code n/a}, or a coordinate, size or impedance is neither a number nor
 * {@code n/a}. {@code z} may be {@code n/a} (2D coordinates); an electrode whose {@code x} or {@code y} is
 * {@code n/a} (position unknown, which the specification does not foresee but datasets write) is kept and
 * reported as one warning per file.
 */
public final class Electrodes {

    private final String path;
    private final List<Electrode> electrodes;
    private final List<Problem> warnings;

    private Electrodes(String path, List<Electrode> electrodes, List<Problem> warnings) {
        this.path = path;
        this.electrodes = Collections.unmodifiableList(electrodes);
        this.warnings = Collections.unmodifiableList(warnings);
    }

    /** Reads {@code file}, taking the datatype from its folder ({@code eeg/}, {@code meg/}, {@code ieeg/}). */
    public static Electrodes read(Path file) throws IOException {
        return read(file, EphysDatatype.ofFolder(file));
    }

    /** Reads {@code file} by the rules of {@code datatype}. */
    public static Electrodes read(Path file, EphysDatatype datatype) throws IOException {
        Tsv tsv = Tsv.read(file);
        Cells cells = new Cells(file, tsv, datatype.electrodeColumns(), datatype.prefix() + " electrodes.tsv");
        List<Electrode> electrodes = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (Tsv.Row row : tsv.rows()) {
            Electrode electrode = new Electrode(cells.required(row, "name"), cells.number(row, "x"),
                    cells.number(row, "y"), cells.number(row, "z"), cells.number(row, "size"),
                    cells.text(row, "material"), cells.text(row, "manufacturer"), cells.text(row, "group"),
                    cells.text(row, "hemisphere"), cells.text(row, "type"), cells.number(row, "impedance"));
            if (electrode.x() == null || electrode.y() == null) {
                unlocated.add(electrode.name() + " (line " + row.line() + ")");
            }
            electrodes.add(electrode);
        }
        String path = file.toAbsolutePath().normalize().toString();
        List<Problem> warnings = unlocated.isEmpty() ? List.of()
                : List.of(Problem.discover(path, "x/y: n/a, position unknown, for electrodes " + unlocated));
        return new Electrodes(path, electrodes, warnings);
    }

    /** Absolute path of the file read. */
    public String path() {
        return path;
    }

    /** The rows in file order. */
    public List<Electrode> electrodes() {
        return electrodes;
    }

    /** Electrodes without an x or y position, as one warning naming this file. */
    public List<Problem> warnings() {
        return warnings;
    }
}
