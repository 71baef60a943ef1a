package org.neurobeam.encoders.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A checkpoint's {@code config.json}: the model name and architecture version, the shape of one input sample,
 * the model's typed hyper-parameters (its config record as JSON) and its input schema (what the model learned
 * about its inputs, e.g. DemoVAE's demographic columns and levels).
 */
public record ModelConfig(String model, String version, List<Integer> inputShape, JsonNode hyperParameters,
        JsonNode inputSchema) {

    /** A config whose hyper-parameters and schema are the JSON forms of {@code hyperParameters} and {@code schema}. */
    public static ModelConfig of(String model, String version, List<Integer> inputShape, Object hyperParameters,
            Object schema) {
        return new ModelConfig(model, version, List.copyOf(inputShape),
                Json.MAPPER.valueToTree(hyperParameters), Json.MAPPER.valueToTree(schema));
    }

    /** The hyper-parameters as {@code type}; {@code dir} is the checkpoint named when they do not fit. */
    public <T> T hyperParameters(Class<T> type, Path dir) throws InvalidInputException {
        return read(hyperParameters, type, dir, "hyperParameters");
    }

    /** The input schema as {@code type}; {@code dir} is the checkpoint named when it does not fit. */
    public <T> T inputSchema(Class<T> type, Path dir) throws InvalidInputException {
        return read(inputSchema, type, dir, "inputSchema");
    }

    private static <T> T read(JsonNode node, Class<T> type, Path dir, String field) throws InvalidInputException {
        Checks.input(node != null && node.isObject(), dir.resolve(Checkpoint.CONFIG), field, "expected an object");
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(dir.resolve(Checkpoint.CONFIG), field,
                    "cannot be read as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
