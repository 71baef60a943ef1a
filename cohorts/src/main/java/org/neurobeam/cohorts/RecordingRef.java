package org.neurobeam.cohorts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.neurobeam.ingest.Modality;

/**
 * One recording found in a dataset: where its data file is, what BIDS says about it (entities, sidecar
 * metadata, events, confounds) and who was recorded. Immutable and {@link Serializable}: every field is a
 * String, a Boolean or an unmodifiable copy of a map or list of such values; paths are absolute normalised
 * strings, never {@link java.nio.file.Path}. Built with {@link #builder()}.
 */
public final class RecordingRef implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Sidecar key of the repetition time in seconds (BIDS "Magnetic Resonance Imaging", timing parameters). */
    public static final String REPETITION_TIME = "RepetitionTime";

    private final String recordingId;
    private final String dataset;
    private final String path;
    private final Modality modality;
    private final Map<String, String> entities;
    private final String suffix;
    private final String extension;
    private final boolean derivative;
    private final Map<String, Object> sidecar;
    private final List<String> sidecarFiles;
    private final String eventsPath;
    private final String confoundsPath;
    private final Participant participant;

    private RecordingRef(Builder b) {
        this.recordingId = Objects.requireNonNull(b.recordingId, "recordingId");
        this.dataset = b.dataset;
        this.path = Objects.requireNonNull(b.path, "path");
        this.modality = Objects.requireNonNull(b.modality, "modality");
        this.entities = Collections.unmodifiableMap(new LinkedHashMap<>(b.entities));
        this.suffix = b.suffix;
        this.extension = b.extension;
        this.derivative = b.derivative;
        this.sidecar = Collections.unmodifiableMap(new LinkedHashMap<>(b.sidecar));
        this.sidecarFiles = Collections.unmodifiableList(new ArrayList<>(b.sidecarFiles));
        this.eventsPath = b.eventsPath;
        this.confoundsPath = b.confoundsPath;
        this.participant = b.participant == null ? Participant.empty() : b.participant;
    }

    /** A new builder; {@code recordingId}, {@code path} and {@code modality} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Stable id: the data file name without extension, or a manifest's {@code recording_id}. */
    public String recordingId() {
        return recordingId;
    }

    /** The dataset's {@code dataset_description.json} {@code Name}, else its folder name. */
    public String dataset() {
        return dataset;
    }

    /** Absolute normalised path of the data file (for directory formats such as CTF {@code .ds}, the directory). */
    public String path() {
        return path;
    }

    /** The kind of signal: from the BIDS suffix, or a manifest's {@code modality} column or extension. */
    public Modality modality() {
        return modality;
    }

    /** The {@code sub} label (without {@code sub-}), or {@code null}. */
    public String subject() {
        return entities.get("sub");
    }

    /** The {@code ses} label, or {@code null}. */
    public String session() {
        return entities.get("ses");
    }

    /** The {@code task} label, or {@code null}. */
    public String task() {
        return entities.get("task");
    }

    /** The {@code run} index as written (e.g. {@code 01}), or {@code null}. */
    public String run() {
        return entities.get("run");
    }

    /** All entities in file-name order: entity name (sub, ses, task, run, space, desc, ...) to label. */
    public Map<String, String> entities() {
        return entities;
    }

    /** The BIDS suffix ({@code bold}, {@code eeg}, {@code meg}, {@code ieeg}), or {@code null} for manifests that give none. */
    public String suffix() {
        return suffix;
    }

    /** The extension with its leading dot ({@code .nii.gz}, {@code .vhdr}, {@code .ds}, ...). */
    public String extension() {
        return extension;
    }

    /** True for files under {@code derivatives/} or in a dataset whose {@code DatasetType} is {@code derivative}. */
    public boolean derivative() {
        return derivative;
    }

    /** Metadata merged from the sidecar JSON files by the BIDS Inheritance Principle, closest file winning. */
    public Map<String, Object> sidecar() {
        return sidecar;
    }

    /** Absolute paths of the sidecar files applied, from the top level down. */
    public List<String> sidecarFiles() {
        return sidecarFiles;
    }

    /** The sidecar {@code RepetitionTime} in seconds, when it is a number. */
    public OptionalDouble repetitionTime() {
        Object value = sidecar.get(REPETITION_TIME);
        return value instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    /** Absolute path of the applicable {@code *_events.tsv}, or {@code null}. */
    public String eventsPath() {
        return eventsPath;
    }

    /** Absolute path of the fMRIPrep confounds table for this run, or {@code null}. */
    public String confoundsPath() {
        return confoundsPath;
    }

    /** The participants.tsv row of {@link #subject()}; {@link Participant#empty()} when not listed. */
    public Participant participant() {
        return participant;
    }

    /** Value equality over every field, so runners can compare encoded copies (Beam's mutation checks). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RecordingRef)) {
            return false;
        }
        RecordingRef that = (RecordingRef) other;
        return derivative == that.derivative && recordingId.equals(that.recordingId)
                && Objects.equals(dataset, that.dataset) && path.equals(that.path) && modality == that.modality
                && entities.equals(that.entities) && Objects.equals(suffix, that.suffix)
                && Objects.equals(extension, that.extension) && sidecar.equals(that.sidecar)
                && sidecarFiles.equals(that.sidecarFiles) && Objects.equals(eventsPath, that.eventsPath)
                && Objects.equals(confoundsPath, that.confoundsPath) && participant.equals(that.participant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordingId, path, modality);
    }

    @Override
    public String toString() {
        return "RecordingRef[" + recordingId + " " + modality.label() + " " + path + "]";
    }

    /** Collects the fields of a {@link RecordingRef}; maps and lists are copied on {@link #build()}. */
    public static final class Builder {
        private String recordingId;
        private String dataset;
        private String path;
        private Modality modality;
        private Map<String, String> entities = Map.of();
        private String suffix;
        private String extension;
        private boolean derivative;
        private Map<String, Object> sidecar = Map.of();
        private List<String> sidecarFiles = List.of();
        private String eventsPath;
        private String confoundsPath;
        private Participant participant;

        private Builder() {
        }

        public Builder recordingId(String value) {
            recordingId = value;
            return this;
        }

        public Builder dataset(String value) {
            dataset = value;
            return this;
        }

        public Builder path(String value) {
            path = value;
            return this;
        }

        public Builder modality(Modality value) {
            modality = value;
            return this;
        }

        public Builder entities(Map<String, String> value) {
            entities = value;
            return this;
        }

        public Builder suffix(String value) {
            suffix = value;
            return this;
        }

        public Builder extension(String value) {
            extension = value;
            return this;
        }

        public Builder derivative(boolean value) {
            derivative = value;
            return this;
        }

        /** Values must be Serializable (JSON values as Jackson reads them into maps and lists are). */
        public Builder sidecar(Map<String, Object> value) {
            sidecar = value;
            return this;
        }

        public Builder sidecarFiles(List<String> value) {
            sidecarFiles = value;
            return this;
        }

        public Builder eventsPath(String value) {
            eventsPath = value;
            return this;
        }

        public Builder confoundsPath(String value) {
            confoundsPath = value;
            return this;
        }

        public Builder participant(Participant value) {
            participant = value;
            return this;
        }

        public RecordingRef build() {
            return new RecordingRef(this);
        }
    }
}
