package org.neurobeam.cohorts.ephys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.cohorts.bids.BidsName;
import org.neurobeam.cohorts.bids.Inheritance;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Everything BIDS says about an EEG, MEG or iEEG recording besides its data: the typed sidecar
 * ({@link EphysSidecar}), its {@code *_channels.tsv}, {@code *_electrodes.tsv} and {@code *_coordsystem.json}
 * (BIDS "Electroencephalography", "Magnetoencephalography", "Intracranial Electroencephalography"), the
 * files found by the Inheritance Principle ("Common principles") like the recording's events: the closest
 * file with the right suffix whose entities the recording's name all has. Electrodes and coordinate system
 * files may carry a {@code space} entity the data file lacks; the coordinate system chosen has the same
 * {@code space} as the electrodes.
 *
 * <p>The dataset root is taken from the BIDS layout {@code <root>/sub-<label>/[ses-<label>/]<datatype>/};
 * a recording outside that layout (from a manifest) has its own folder searched only.
 *
 * <p>Nothing here throws for the dataset's sake: a file that cannot be read is a {@link Problem} and its part
 * of the bundle is empty. Also problems: a missing {@code electrodes.tsv} for iEEG, where it is REQUIRED;
 * a missing {@code coordsystem.json} where electrodes are given (it MUST accompany them); a coordinate
 * system without the datatype's REQUIRED keys; and the warnings of every part.
 */
public final class EphysMetadata {

    private final EphysDatatype datatype;
    private final EphysSidecar sidecar;
    private final Channels channels;
    private final Electrodes electrodes;
    private final CoordSystem coordSystem;
    private final List<Problem> problems;

    private EphysMetadata(EphysDatatype datatype, EphysSidecar sidecar, Channels channels, Electrodes electrodes,
            CoordSystem coordSystem, List<Problem> problems) {
        this.datatype = datatype;
        this.sidecar = sidecar;
        this.channels = channels;
        this.electrodes = electrodes;
        this.coordSystem = coordSystem;
        this.problems = Collections.unmodifiableList(problems);
    }

    /**
     * Looks up and reads the metadata files of {@code recording}, whose suffix must be {@code eeg},
     * {@code meg} or {@code ieeg}; fails only when the files cannot be listed or opened.
     */
    public static EphysMetadata of(RecordingRef recording) throws IOException {
        EphysDatatype datatype = EphysDatatype.of(recording);
        Path data = Path.of(recording.path());
        Path dir = data.getParent();
        Path root = root(recording, dir, datatype);
        BidsName name = BidsName.parse(data.getFileName().toString());
        Inheritance inheritance = new Inheritance();
        List<Problem> problems = new ArrayList<>();
        EphysSidecar sidecar = EphysSidecar.of(recording);
        problems.addAll(sidecar.warnings());

        Path channelsFile = inheritance.closest(root, dir, file("channels", ".tsv", m -> m.entitiesWithin(name)));
        Channels channels = null;
        if (channelsFile != null) {
            channels = readOrReport(problems, () -> Channels.read(channelsFile, datatype));
            problems.addAll(channels == null ? List.of() : channels.warnings());
        }

        Path electrodesFile = inheritance.closest(root, dir,
                file("electrodes", ".tsv", m -> m.entitiesWithin(name, "space")));
        Electrodes electrodes = null;
        if (electrodesFile != null) {
            electrodes = readOrReport(problems, () -> Electrodes.read(electrodesFile, datatype));
            problems.addAll(electrodes == null ? List.of() : electrodes.warnings());
        } else if (datatype == EphysDatatype.IEEG) {
            problems.add(Problem.discover(recording.path(), "electrodes.tsv: REQUIRED for iEEG, none applies"));
        }

        String space = electrodesFile == null ? null
                : BidsName.parse(electrodesFile.getFileName().toString()).entities().get("space");
        Path coordFile = inheritance.closest(root, dir, file("coordsystem", ".json", m -> m.entitiesWithin(name, "space")
                && (electrodesFile == null || Objects.equals(space, m.entities().get("space")))));
        CoordSystem coordSystem = null;
        if (coordFile != null) {
            coordSystem = readOrReport(problems, () -> CoordSystem.read(coordFile));
            for (String key : coordSystem == null ? List.<String>of() : coordSystem.missingKeys(datatype)) {
                problems.add(Problem.discover(coordFile.toString(), key + ": REQUIRED " + datatype.prefix()
                        + " coordinate system key missing"));
            }
        } else if (electrodesFile != null) {
            problems.add(Problem.discover(electrodesFile.toString(), "coordsystem.json: REQUIRED with every"
                    + " electrodes.tsv, none applies" + (space == null ? "" : " with space-" + space)));
        }
        return new EphysMetadata(datatype, sidecar, channels, electrodes, coordSystem, problems);
    }

    /** The dataset root by the BIDS layout, or the recording's folder when it is not laid out so. */
    private static Path root(RecordingRef recording, Path dir, EphysDatatype datatype) {
        Path up = dir;
        List<String> expected = new ArrayList<>(List.of(datatype.suffix()));
        if (recording.session() != null) {
            expected.add("ses-" + recording.session());
        }
        expected.add("sub-" + recording.subject());
        for (String folder : expected) {
            if (up == null || up.getFileName() == null || !up.getFileName().toString().equals(folder)) {
                return dir;
            }
            up = up.getParent();
        }
        return up == null ? dir : up;
    }

    private static Predicate<BidsName> file(String suffix, String extension, Predicate<BidsName> entities) {
        return m -> m.suffix().equals(suffix) && m.extension().equals(extension) && entities.test(m);
    }

    /** A reader of one metadata file. */
    private interface Reader<T> {
        T read() throws IOException;
    }

    private static <T> T readOrReport(List<Problem> problems, Reader<T> reader) throws IOException {
        try {
            return reader.read();
        } catch (InvalidInputException e) {
            String prefix = e.file() + ": ";
            String reason = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            problems.add(Problem.discover(e.file(), reason));
            return null;
        }
    }

    public EphysDatatype datatype() {
        return datatype;
    }

    /** The typed sidecar metadata. */
    public EphysSidecar sidecar() {
        return sidecar;
    }

    /** The applicable {@code channels.tsv}, when there is one and it could be read. */
    public Optional<Channels> channels() {
        return Optional.ofNullable(channels);
    }

    /** The applicable {@code electrodes.tsv}, when there is one and it could be read. */
    public Optional<Electrodes> electrodes() {
        return Optional.ofNullable(electrodes);
    }

    /** The applicable {@code coordsystem.json}, when there is one and it could be read. */
    public Optional<CoordSystem> coordSystem() {
        return Optional.ofNullable(coordSystem);
    }

    /** Everything found wrong or missing, each naming the file and the column or key: all the parts' warnings included. */
    public List<Problem> problems() {
        return problems;
    }
}
