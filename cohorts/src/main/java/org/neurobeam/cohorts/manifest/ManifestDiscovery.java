package org.neurobeam.cohorts.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.Participant;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.cohorts.Tsv;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.text.Csv;

/**
 * Reads a CSV manifest listing recordings that are not in a BIDS dataset. The header row names the
 * columns: {@code path} is required; {@code subject}, {@code session}, {@code task}, {@code run},
 * {@code modality}, {@code recording_id}, {@code dataset}, {@code repetition_time} (seconds) and
 * {@code sampling_rate} (Hz, kept as the sidecar's {@code SamplingFrequency}) are understood; every other
 * column ({@code age}, {@code sex}, ...) becomes a participant column. Empty and
 * {@code n/a} values count as absent; labels may be written with or without their BIDS prefix
 * ({@code sub-01} or {@code 01}).
 *
 * <p>A relative {@code path} resolves against the manifest's folder. Without a {@code modality} value the
 * extension decides: {@code .nii}/{@code .nii.gz} bold; {@code .edf}/{@code .bdf}/{@code .vhdr}/{@code .set}
 * eeg; {@code .fif}/{@code .ds} meg; {@code .mefd} ieeg; a folder holding {@code F.npy} (a suite2p plane)
 * calcium; other formats ({@code .npy}, {@code .nwb}, ...) need it written. The recording id, unique within the manifest, defaults to the file name without extension, the dataset to the
 * manifest's name without {@code .csv}; the participant id is the {@code subject} value as written. A row that cannot be used is a {@link Problem} naming its line and
 * column; the other rows still count.
 */
public final class ManifestDiscovery {

    private static final String PATH = "path";
    private static final String SUBJECT = "subject";
    private static final String SESSION = "session";
    private static final String TASK = "task";
    private static final String RUN = "run";
    private static final String MODALITY = "modality";
    private static final String RECORDING_ID = "recording_id";
    private static final String DATASET = "dataset";
    private static final String REPETITION_TIME = "repetition_time";
    private static final String SAMPLING_RATE = "sampling_rate";
    /** Sidecar key the {@code sampling_rate} column is kept under, as BIDS names it. */
    public static final String SAMPLING_FREQUENCY = "SamplingFrequency";
    private static final Set<String> RECORDING_COLUMNS = Set.of(PATH, SUBJECT, SESSION, TASK, RUN, MODALITY,
            RECORDING_ID, DATASET, REPETITION_TIME, SAMPLING_RATE);
    /** Manifest column and BIDS entity with its prefix, in BIDS entity order. */
    private static final String[][] ENTITIES = {{SUBJECT, "sub"}, {SESSION, "ses"}, {TASK, "task"}, {RUN, "run"}};

    private ManifestDiscovery() {
    }

    /**
     * Reads the manifest {@code csv}; fails with an {@link org.neurobeam.ingest.InvalidInputException} naming the
     * file and the column when the header lacks {@code path}, or when a quoted field is never closed.
     */
    public static DiscoveryResult discover(Path csv) throws IOException {
        Path file = csv.toAbsolutePath().normalize();
        List<Csv.Row> rows = Csv.read(file);
        Checks.input(!rows.isEmpty(), file, "header", "expected a header row naming the columns, found an empty file");
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        Checks.input(header.contains(PATH), file, PATH, "required column missing; header is %s", header);
        String fileName = file.getFileName().toString();
        String defaultDataset = fileName.substring(0, fileName.length() - ".csv".length());
        List<RecordingRef> recordings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.size()) {
                problems.add(Problem.discover(file.toString(), "line " + row.line() + ": expected " + header.size()
                        + " comma-separated fields, found " + row.fields().size()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = row.fields().get(c).strip();
                if (!value.isEmpty() && !Tsv.MISSING.equals(value)) {
                    values.put(header.get(c), value);
                }
            }
            try {
                RecordingRef recording = recording(file, values, defaultDataset);
                Integer earlier = ids.putIfAbsent(recording.recordingId(), row.line());
                Checks.argument(earlier == null, RECORDING_ID, "'%s' is already used on line %s",
                        recording.recordingId(), earlier);
                recordings.add(recording);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.discover(file.toString(), "line " + row.line() + ": " + e.getMessage()));
            }
        }
        return new DiscoveryResult(recordings, problems);
    }

    private static RecordingRef recording(Path file, Map<String, String> values, String defaultDataset) {
        String written = values.get(PATH);
        Checks.argument(written != null, PATH, "empty; every row needs the recording's file");
        Path data = file.getParent().resolve(written).toAbsolutePath().normalize();
        Checks.argument(Files.exists(data), PATH, "no such file or directory: %s", data);
        String name = data.getFileName().toString();
        String extension = extension(name);
        Modality modality = values.containsKey(MODALITY)
                ? Modality.fromLabel(values.get(MODALITY))
                : Files.isRegularFile(data.resolve("F.npy")) ? Modality.CALCIUM : inferred(extension);
        Map<String, String> entities = new LinkedHashMap<>();
        for (String[] entity : ENTITIES) {
            String value = values.get(entity[0]);
            if (value != null) {
                entities.put(entity[1], value.startsWith(entity[1] + "-") ? value.substring(entity[1].length() + 1) : value);
            }
        }
        Map<String, Object> sidecar = new LinkedHashMap<>();
        if (values.containsKey(REPETITION_TIME)) {
            sidecar.put(RecordingRef.REPETITION_TIME, positive(values.get(REPETITION_TIME), REPETITION_TIME, " of seconds"));
        }
        if (values.containsKey(SAMPLING_RATE)) {
            sidecar.put(SAMPLING_FREQUENCY, positive(values.get(SAMPLING_RATE), SAMPLING_RATE, " (Hz)"));
        }
        Map<String, String> participantColumns = new LinkedHashMap<>(values);
        participantColumns.keySet().removeAll(RECORDING_COLUMNS);
        return RecordingRef.builder()
                .recordingId(values.getOrDefault(RECORDING_ID, name.substring(0, name.length() - extension.length())))
                .dataset(values.getOrDefault(DATASET, defaultDataset))
                .path(data.toString())
                .modality(modality)
                .entities(entities)
                .suffix(modality.label())
                .extension(extension)
                .sidecar(sidecar)
                .participant(Participant.of(values.get(SUBJECT), participantColumns))
                .build();
    }

    /** {@code .nii.gz} for gzipped NIfTI, else from the last dot; empty when there is none. */
    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nii.gz")) {
            return name.substring(name.length() - ".nii.gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static Modality inferred(String extension) {
        switch (extension.toLowerCase(Locale.ROOT)) {
            case ".nii", ".nii.gz":
                return Modality.BOLD;
            case ".edf", ".bdf", ".vhdr", ".set":
                return Modality.EEG;
            case ".fif", ".ds":
                return Modality.MEG;
            case ".mefd":
                return Modality.IEEG;
            default:
                throw new IllegalArgumentException(MODALITY + ": cannot be inferred from extension '" + extension
                        + "'; write one of bold, eeg, meg, ieeg, calcium, spikes");
        }
    }

    private static Double positive(String value, String column, String unit) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        Checks.argument(number > 0 && Double.isFinite(number), column, "expected a positive number%s, got '%s'", unit,
                value);
        return number;
    }
}
