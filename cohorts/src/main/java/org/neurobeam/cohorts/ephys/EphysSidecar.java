package org.neurobeam.cohorts.ephys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.cohorts.Tsv;

/**
 * A typed view of the {@code *_eeg.json}, {@code *_meg.json} or {@code *_ieeg.json} metadata of a recording
 * (BIDS "Electroencephalography", "Magnetoencephalography", "Intracranial Electroencephalography", Sidecar
 * JSON), as merged by the Inheritance Principle into {@link RecordingRef#sidecar()}.
 *
 * <p>Real datasets often lack required keys, so nothing here throws: each REQUIRED key of the datatype that is
 * absent ({@link EphysDatatype#sidecarKeys()}), and each key read here whose value has the wrong type, is a
 * warning naming the closest sidecar file and the key; the value then reads as absent.
 */
public final class EphysSidecar {

    private static final Set<String> RECORDING_TYPES = Set.of("continuous", "epoched", "discontinuous");

    private final EphysDatatype datatype;
    private final OptionalDouble samplingFrequency;
    private final OptionalDouble powerLineFrequency;
    private final String reference;
    private final Map<String, Object> softwareFilters;
    private final String recordingType;
    private final OptionalDouble recordingDuration;
    private final Map<String, Integer> channelCounts;
    private final List<Problem> warnings;

    private EphysSidecar(RecordingRef recording) {
        datatype = EphysDatatype.of(recording);
        Map<String, Object> metadata = recording.sidecar();
        List<String> files = recording.sidecarFiles();
        String path = files.isEmpty() ? recording.path() : files.get(files.size() - 1);
        List<Problem> found = new ArrayList<>();
        for (String key : datatype.sidecarKeys()) {
            if (!metadata.containsKey(key)) {
                found.add(Problem.discover(path, key + ": REQUIRED " + datatype.prefix() + " sidecar key missing"));
            }
        }
        samplingFrequency = frequency(metadata, "SamplingFrequency", path, found);
        powerLineFrequency = frequency(metadata, "PowerLineFrequency", path, found);
        recordingDuration = frequency(metadata, "RecordingDuration", path, found);
        reference = datatype.referenceKey() == null ? null : text(metadata, datatype.referenceKey(), path, found);
        recordingType = text(metadata, "RecordingType", path, found);
        if (recordingType != null && !RECORDING_TYPES.contains(recordingType)) {
            found.add(Problem.discover(path, "RecordingType: expected one of continuous, epoched, discontinuous,"
                    + " found '" + recordingType + "'"));
        }
        softwareFilters = filters(metadata.get("SoftwareFilters"), path, found);
        Map<String, Integer> counts = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key.endsWith("ChannelCount")) {
                if (value instanceof Integer n && n >= 0) {
                    counts.put(key, n);
                } else {
                    found.add(Problem.discover(path, key + ": expected a non-negative integer, found " + value));
                }
            }
        });
        channelCounts = Collections.unmodifiableMap(counts);
        warnings = Collections.unmodifiableList(found);
    }

    /** The typed metadata of {@code recording}, whose suffix must be {@code eeg}, {@code meg} or {@code ieeg}. */
    public static EphysSidecar of(RecordingRef recording) {
        return new EphysSidecar(recording);
    }

    /** A positive number of Hz (or seconds); {@code n/a} reads as absent without a warning. */
    private static OptionalDouble frequency(Map<String, Object> metadata, String key, String path,
            List<Problem> warnings) {
        Object value = metadata.get(key);
        if (value instanceof Number n && n.doubleValue() > 0 && Double.isFinite(n.doubleValue())) {
            return OptionalDouble.of(n.doubleValue());
        }
        if (value != null && !Tsv.MISSING.equals(value)) {
            warnings.add(Problem.discover(path, key + ": expected a positive number, found " + value));
        }
        return OptionalDouble.empty();
    }

    private static String text(Map<String, Object> metadata, String key, String path, List<Problem> warnings) {
        Object value = metadata.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        warnings.add(Problem.discover(path, key + ": expected a string, found " + value));
        return null;
    }

    /** An object of filter name to parameters; {@code "n/a"} (none applied) reads as an empty map. */
    private static Map<String, Object> filters(Object value, String path, List<Problem> warnings) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> filters = new LinkedHashMap<>();
            map.forEach((k, v) -> filters.put(String.valueOf(k), v));
            return Collections.unmodifiableMap(filters);
        }
        if (value != null && !Tsv.MISSING.equals(value)) {
            warnings.add(Problem.discover(path, "SoftwareFilters: expected an object or n/a, found " + value));
        }
        return Map.of();
    }

    public EphysDatatype datatype() {
        return datatype;
    }

    /** {@code SamplingFrequency} in Hz. */
    public OptionalDouble samplingFrequency() {
        return samplingFrequency;
    }

    /** {@code PowerLineFrequency} in Hz (50 or 60); empty for absent or {@code n/a}. */
    public OptionalDouble powerLineFrequency() {
        return powerLineFrequency;
    }

    /** {@code EEGReference} or {@code iEEGReference} as written; {@code null} when absent, and always for MEG. */
    public String reference() {
        return reference;
    }

    /** {@code SoftwareFilters}: filter name to parameters; empty for {@code n/a} or absent. */
    public Map<String, Object> softwareFilters() {
        return softwareFilters;
    }

    /** {@code RecordingType} ({@code continuous}, {@code epoched}, {@code discontinuous}), or {@code null}. */
    public String recordingType() {
        return recordingType;
    }

    /** {@code RecordingDuration} in seconds. */
    public OptionalDouble recordingDuration() {
        return recordingDuration;
    }

    /** Every {@code *ChannelCount} key ({@code EEGChannelCount}, {@code ECOGChannelCount}, ...), in sidecar order. */
    public Map<String, Integer> channelCounts() {
        return channelCounts;
    }

    /** Missing required keys and mistyped values, each naming the closest sidecar file and the key. */
    public List<Problem> warnings() {
        return warnings;
    }
}
