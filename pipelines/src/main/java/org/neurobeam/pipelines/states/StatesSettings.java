package org.neurobeam.pipelines.states;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.neurobeam.connectome.states.HmmGlmConfig;
import org.neurobeam.connectome.states.WeightPrior;

/**
 * Settings of {@code neurobeam states}.
 *
 * @param models weight models by their command-line names ({@link #MODELS})
 * @param states number of hidden states K
 * @param binWidth bin width in seconds for spike times (NWB units, a {@code spikes} table), the choice among
 *     several {@code binned_counts} widths, or the bin width of a counts matrix; null when not needed
 * @param seed seed of the restarts
 * @param restarts EM restarts; the best final objective wins
 * @param heldOutFraction share of each recording's last bins left out of the fit and scored per iteration
 */
record StatesSettings(List<String> models, int states, Double binWidth, long seed, int restarts,
        double heldOutFraction) implements Serializable {

    /** Command-line model names and the weight model each fits (notes §B.2). */
    static final Map<String, WeightPrior> MODELS = Map.of("hmm-glm", WeightPrior.NONE, "gaussian",
            WeightPrior.GAUSSIAN, "onehot", WeightPrior.ONE_HOT);

    StatesSettings {
        models = List.copyOf(models);
    }

    /** The library configuration of {@code model}: the paper's defaults (softplus link, K = 5 basis). */
    HmmGlmConfig config(String model) {
        return HmmGlmConfig.defaults(states).withPrior(MODELS.get(model)).withRestarts(restarts, seed);
    }
}
