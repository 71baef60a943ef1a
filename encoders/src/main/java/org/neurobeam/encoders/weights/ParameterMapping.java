package org.neurobeam.encoders.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.neurobeam.ingest.Checks;

/**
 * Which key of a published state dict fills which parameter of our block, by the block's hierarchical parameter
 * path (DJL's {@code Block.getParameters()} names, e.g. {@code 01enc1_weight}), optionally transposed for files
 * that store a linear layer's weight as input × output (e.g. numpy {@code x @ W} exports).
 */
public final class ParameterMapping {

    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Set<String> transposed = new LinkedHashSet<>();

    /** Fills {@code parameterPath} with the tensor {@code fileKey} as it is stored. */
    public ParameterMapping map(String parameterPath, String fileKey) {
        Checks.argument(!keys.containsKey(parameterPath), parameterPath, "mapped twice");
        keys.put(parameterPath, fileKey);
        return this;
    }

    /** Fills the 2-d {@code parameterPath} with the transpose of the tensor {@code fileKey}. */
    public ParameterMapping mapTransposed(String parameterPath, String fileKey) {
        map(parameterPath, fileKey);
        transposed.add(parameterPath);
        return this;
    }

    /** Parameter path → file key, in the order mapped. */
    public Map<String, String> keys() {
        return Collections.unmodifiableMap(keys);
    }

    public boolean isTransposed(String parameterPath) {
        return transposed.contains(parameterPath);
    }
}
