package org.neurobeam.pipelines.dynamic;

import java.io.Serializable;
import java.util.List;

/**
 * Settings of {@code neurobeam dynamic}; null means the default.
 *
 * @param kinds {@code region} (fMRI brain states) and/or trace kinds ({@code dff}, {@code spks}, ...) for NTF
 * @param windowSeconds sliding-window length (fMRI, default 22 TR) or affinity window (calcium, default 10
 *     frames)
 * @param stepSeconds sliding-window step (fMRI only, default 1 TR)
 * @param states number of brain states (default: silhouette over 2..6)
 * @param rank NTF rank (default: rank sweep 1..{@link #MAX_RANK})
 * @param seed seed of every random start
 */
record DynamicSettings(List<String> kinds, Double windowSeconds, Double stepSeconds, Integer states, Integer rank,
        long seed) implements Serializable {

    static final String REGION = "region";
    static final int MAX_STATES = 6;
    static final int MAX_RANK = 5;
    /** Share of the strongest pair loadings kept in a component's graph (notes §A.5: top 10–20%). */
    static final double KEEP_STRONGEST = 0.1;

    DynamicSettings {
        kinds = List.copyOf(kinds);
    }
}
