package org.neurobeam.encoders.demovae;

import java.util.List;

/**
 * What a trained DemoVAE knows of one demographic: its kind, and the training mean and standard deviation that
 * z-score a continuous value (the paper's notebooks z-score; the pip package feeds raw values) or the sorted
 * levels that one-hot encode a categorical one.
 */
public record DemographicField(String name, DemographicKind kind, double mean, double std, List<String> levels) {

    /** Decoder inputs this field takes: 1, or one per level. */
    public int width() {
        return kind == DemographicKind.CONTINUOUS ? 1 : levels.size();
    }
}
