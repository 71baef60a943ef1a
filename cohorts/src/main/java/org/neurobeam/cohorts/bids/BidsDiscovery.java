package org.neurobeam.cohorts.bids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;

/**
 * Finds the recordings of a BIDS dataset folder without opening any data file.
 *
 * <p>Recordings are the files of {@link RecordingType} ({@code func/*_bold.nii[.gz]}, {@code eeg/*_eeg.*},
 * {@code meg/*_meg.*}, {@code ieeg/*_ieeg.*}), in the dataset and in each derivative dataset
 * {@code derivatives/<pipeline>/} (BIDS "Common principles", Storage of derived datasets). Skipped: hidden
 * names, {@code sourcedata/}, {@code code/} and {@code stimuli/} at a dataset root, and whatever the
 * dataset's {@code .bidsignore} matches (which only hides recordings: sidecars, events and confounds are
 * looked up regardless). A name that claims to be a recording but does not parse, or that sits outside
 * {@code sub-<label>/[ses-<label>/]<datatype>/} (BIDS "Common principles", Filesystem structure), is a
 * {@link Problem}.
 *
 * <p>Each recording gets its sidecar metadata and its {@code *_events.tsv} by the Inheritance Principle
 * (events searched in the enclosing raw dataset too when a derivative dataset has none), an fMRIPrep
 * confounds table ({@code desc-confounds_timeseries.tsv}, or the older {@code desc-confounds_regressors.tsv})
 * when it is a derivative, and its {@code participants.tsv} row.
 */
public final class BidsDiscovery {

    private static final Set<String> SKIPPED = Set.of("sourcedata", "code", "stimuli");
    private static final String DERIVATIVES = "derivatives";

    private final List<Problem> problems = new ArrayList<>();
    private final List<RecordingRef> recordings = new ArrayList<>();
    private final Inheritance inheritance = new Inheritance();
    private final Sidecars sidecars = new Sidecars(problems);
    private String dataset;

    private BidsDiscovery() {
    }

    /** Discovers the dataset rooted at {@code directory}; all recordings carry that dataset's name. */
    public static DiscoveryResult discover(Path directory) throws IOException {
        BidsDiscovery discovery = new BidsDiscovery();
        DatasetRoot top = DatasetRoot.open(directory.toAbsolutePath().normalize(), null, discovery.problems);
        discovery.dataset = top.name();
        discovery.walkDataset(top);
        return new DiscoveryResult(discovery.recordings, discovery.problems);
    }

    private void walkDataset(DatasetRoot ds) throws IOException {
        for (Path child : children(ds.root())) {
            String name = child.getFileName().toString();
            boolean directory = Files.isDirectory(child);
            if (name.startsWith(".") || ds.ignores(child, directory) || (directory && SKIPPED.contains(name))) {
                continue;
            }
            if (directory && name.equals(DERIVATIVES)) {
                for (Path pipeline : children(child)) {
                    if (Files.isDirectory(pipeline) && !pipeline.getFileName().toString().startsWith(".")) {
                        walkDataset(DatasetRoot.open(pipeline, ds, problems));
                    }
                }
            } else {
                walk(ds, child, directory);
            }
        }
    }

    private void walk(DatasetRoot ds, Path path, boolean directory) throws IOException {
        Optional<RecordingType> type = RecordingType.of(path.getFileName().toString(), directory);
        if (type.isPresent()) {
            recording(ds, path, type.get());
        } else if (directory) {
            for (Path child : children(path)) {
                boolean childDirectory = Files.isDirectory(child);
                if (!child.getFileName().toString().startsWith(".") && !ds.ignores(child, childDirectory)) {
                    walk(ds, child, childDirectory);
                }
            }
        }
    }

    private void recording(DatasetRoot ds, Path path, RecordingType type) {
        String fileName = path.getFileName().toString();
        BidsName name;
        try {
            name = BidsName.parse(fileName);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.discover(path.toString(), "file name: " + e.getMessage()));
            return;
        }
        String misplaced = misplaced(ds, path, name, type);
        if (misplaced != null) {
            problems.add(Problem.discover(path.toString(), misplaced));
            return;
        }
        Path dir = path.getParent();
        Sidecars.Merged sidecar = sidecars.merge(inheritance.applicable(ds.root(), dir,
                m -> m.suffix().equals(name.suffix()) && m.extension().equals(".json") && m.entitiesWithin(name))
                .stream().map(Inheritance.Applicable::file).toList());
        recordings.add(RecordingRef.builder()
                .recordingId(fileName.substring(0, fileName.length() - name.extension().length()))
                .dataset(dataset)
                .path(path.toString())
                .modality(type.modality())
                .entities(name.entities())
                .suffix(name.suffix())
                .extension(name.extension())
                .derivative(ds.derivative())
                .sidecar(sidecar.metadata())
                .sidecarFiles(sidecar.files())
                .eventsPath(events(ds, dir, name))
                .confoundsPath(ds.derivative() ? confounds(ds, dir, name) : null)
                .participant(ds.participant(name.entities().get("sub")))
                .build());
    }

    /** Why the file breaks the BIDS folder layout, or {@code null} when it does not. */
    private static String misplaced(DatasetRoot ds, Path path, BidsName name, RecordingType type) {
        String subject = name.entities().get("sub");
        if (subject == null || !name.entities().keySet().iterator().next().equals("sub")) {
            return "file name: must start with the sub-<label> entity";
        }
        String session = name.entities().get("ses");
        Path expected = Path.of("sub-" + subject);
        if (session != null) {
            expected = expected.resolve("ses-" + session);
        }
        expected = expected.resolve(type.datatype()).resolve(path.getFileName());
        Path actual = ds.root().relativize(path);
        if (!actual.equals(expected)) {
            return "location: expected " + expected + " under the dataset root, found " + actual;
        }
        return null;
    }

    /** The closest applicable events file, in this dataset or, for a derivative, the datasets enclosing it. */
    private String events(DatasetRoot ds, Path dir, BidsName name) {
        Predicate<BidsName> test = m -> m.suffix().equals("events") && m.extension().equals(".tsv")
                && m.entitiesWithin(name);
        Path relative = ds.root().relativize(dir);
        for (DatasetRoot d = ds; d != null; d = d.parent()) {
            Path found = inheritance.closest(d.root(), d.root().resolve(relative), test);
            if (found != null) {
                return found.toString();
            }
        }
        return null;
    }

    /**
     * The closest fMRIPrep confounds table whose entities other than {@code desc} all match the recording's
     * (so {@code space}/{@code res}/{@code desc} of the bold file do not matter).
     */
    private String confounds(DatasetRoot ds, Path dir, BidsName name) {
        Path found = inheritance.closest(ds.root(), dir, m -> m.extension().equals(".tsv")
                && (m.suffix().equals("timeseries") || m.suffix().equals("regressors"))
                && "confounds".equals(m.entities().get("desc"))
                && m.entitiesWithin(name, "desc"));
        return found == null ? null : found.toString();
    }

    private static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
