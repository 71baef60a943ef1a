package org.neurobeam.pipelines.calcium;

import org.neurobeam.preprocess.calcium.BaselineMethod;
import picocli.CommandLine.Option;

/** The calcium-imaging and spikes options of {@code run}, mapped onto {@link CalciumSettings}. */
public final class CalciumOptions {

    @Option(names = "--neuropil", paramLabel = "COEF", defaultValue = "0.7",
            description = "Neuropil coefficient, Fc = F - COEF * Fneu (default: ${DEFAULT-VALUE}, as suite2p).")
    double neuropil;

    @Option(names = "--baseline", paramLabel = "maximin|constant_prctile|sliding_prctile", defaultValue = "maximin",
            description = "Baseline F0 of dF/F (default: ${DEFAULT-VALUE}, as suite2p).")
    String baseline;

    @Option(names = "--win-baseline", paramLabel = "SECONDS", defaultValue = "60",
            description = "Window of the baseline's running filters, seconds (default: ${DEFAULT-VALUE}, suite2p's"
                    + " win_baseline).")
    double winBaseline;

    @Option(names = "--sig-baseline", paramLabel = "FRAMES", defaultValue = "10",
            description = "Gaussian sigma before the maximin filters, frames (default: ${DEFAULT-VALUE}, suite2p's"
                    + " sig_baseline).")
    double sigBaseline;

    @Option(names = "--bin-width", paramLabel = "SECONDS",
            description = "Spike-count bin width; enables the binned_counts table (default: off).")
    Double binWidth;

    @Option(names = "--cells-only", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep only the ROIs suite2p's iscell.npy labels as cells (default: on).")
    boolean cellsOnly;

    /** The settings these options give. */
    public CalciumSettings settings() {
        return new CalciumSettings(neuropil, BaselineMethod.fromName(baseline), winBaseline, sigBaseline, binWidth,
                cellsOnly);
    }
}
