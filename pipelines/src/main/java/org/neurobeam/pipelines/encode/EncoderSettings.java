package org.neurobeam.pipelines.encode;

import java.io.Serializable;
import java.util.Map;

/**
 * How recordings are embedded: the model folder, which connectivity rows feed a connectome model
 * ({@code correlation} by default) and, for DemoVAE, the reference demographics connectomes are re-decoded at to
 * remove confounds (columns left out take the training mean or first level).
 */
public record EncoderSettings(String modelDir, String connectivityKind, Map<String, String> reference)
        implements Serializable {

    public EncoderSettings {
        reference = Map.copyOf(reference);
    }
}
