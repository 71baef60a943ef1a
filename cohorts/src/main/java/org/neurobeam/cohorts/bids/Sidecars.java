package org.neurobeam.cohorts.bids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neurobeam.cohorts.Problem;

/**
 * Reads JSON sidecars and merges them by the BIDS Inheritance Principle ("Common principles"): files are
 * applied from the top level down, keys of a lower file replacing those above (a shallow, key-level merge).
 * A file that is not a JSON object is reported once as a {@link Problem} and left out; the others still
 * apply. Values are frozen into unmodifiable, serializable maps and lists.
 */
final class Sidecars {

    /** The merged metadata and the files it came from, top first. */
    record Merged(Map<String, Object> metadata, List<String> files) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Path, Optional<Map<String, Object>>> parsed = new HashMap<>();
    private final List<Problem> problems;

    /** Reports unreadable sidecars into {@code problems}. */
    Sidecars(List<Problem> problems) {
        this.problems = problems;
    }

    /** Merges {@code files}, given from the top level down. */
    Merged merge(List<Path> files) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        List<String> applied = new ArrayList<>();
        for (Path file : files) {
            parsed.computeIfAbsent(file, this::read).ifPresent(values -> {
                metadata.putAll(values);
                applied.add(file.toString());
            });
        }
        return new Merged(metadata, applied);
    }

    private Optional<Map<String, Object>> read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                problems.add(Problem.discover(file.toString(),
                        "sidecar: expected a JSON object, found " + (root == null ? "an empty file" : root.getNodeType())));
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) freeze(JSON.treeToValue(root, Map.class));
            return Optional.of(values);
        } catch (JsonProcessingException e) {
            problems.add(Problem.discover(file.toString(), "sidecar: malformed JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.discover(file.toString(), "sidecar: cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
