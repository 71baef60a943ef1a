package org.neurobeam.encoders.weights;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Copies published weights into an initialised DJL block through an explicit {@link ParameterMapping}, checking
 * every name and shape first (DJL "state_dict to native block" route, ../shared/docs/research/models.md §6.5):
 * each block parameter must be mapped, each mapped key must exist in the file, and shapes must agree; nothing
 * is written when any check fails.
 */
public final class WeightImporter {

    private WeightImporter() {
    }

    /** Fills every parameter of {@code block} from {@code weights} as {@code mapping} says. */
    public static void apply(Block block, StateDict weights, ParameterMapping mapping) throws InvalidInputException {
        ParameterList parameters = block.getParameters();
        List<String> unmapped = new ArrayList<>(parameters.keys());
        unmapped.removeAll(mapping.keys().keySet());
        Checks.input(unmapped.isEmpty(), weights.source(), null, "block parameters %s have no key in the mapping",
                unmapped);
        List<Runnable> copies = new ArrayList<>();
        for (Map.Entry<String, String> entry : mapping.keys().entrySet()) {
            String path = entry.getKey();
            String key = entry.getValue();
            Checks.input(parameters.contains(path), weights.source(), key,
                    "mapped to block parameter '%s', which the block does not have (it has %s)", path,
                    parameters.keys());
            HostTensor tensor = weights.tensors().get(key);
            Checks.input(tensor != null, weights.source(), key,
                    "no such key in the file (block parameter '%s'); the file has %s", path,
                    weights.tensors().keySet());
            Parameter parameter = parameters.get(path);
            Checks.argument(parameter.isInitialized(), path, "initialise the block before importing weights");
            NDArray target = parameter.getArray();
            long[] expected = target.getShape().getShape();
            Checks.input(Arrays.equals(expected, tensor.shape()), weights.source(), key,
                    "block parameter '%s' has shape %s but file key '%s' has shape %s", path,
                    HostTensor.text(expected), key, tensor.shapeText());
            copies.add(() -> target.set(tensor.values()));
        }
        copies.forEach(Runnable::run);
    }
}
