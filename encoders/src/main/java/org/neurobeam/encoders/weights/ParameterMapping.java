package org.neurobeam.encoders.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurobeam.ingest.Checks;

/**
 * Which key of a published state dict fills which parameter of our block, by the block's hierarchical parameter
 * path (DJL's {@code Block.getParameters()} names, e.g. {@code 01enc1_weight}); the tensor fills the parameter as
 * it is stored, so its shape must be the parameter's.
 */
public final class ParameterMapping {

    private final Map<String, String> keys = new LinkedHashMap<>();

    /** Fills {@code parameterPath} with the tensor {@code fileKey} as it is stored. */
    public ParameterMapping map(String parameterPath, String fileKey) {
        Checks.argument(!keys.containsKey(parameterPath), parameterPath, "mapped twice");
        keys.put(parameterPath, fileKey);
        return this;
    }

    /** Parameter path → file key, in the order mapped. */
    public Map<String, String> keys() {
        return Collections.unmodifiableMap(keys);
    }
}
