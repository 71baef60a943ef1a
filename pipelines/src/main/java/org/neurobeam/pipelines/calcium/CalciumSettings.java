package org.neurobeam.pipelines.calcium;

import java.io.Serializable;
import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.calcium.BaselineConfig;
import org.neurobeam.preprocess.calcium.BaselineMethod;
import org.neurobeam.preprocess.calcium.CalciumConfig;

/**
 * What {@code run} does with calcium and spikes recordings. The baseline window and Gaussian sigma default to
 * suite2p's ({@code win_baseline} 60 s, {@code sig_baseline} 10 frames), the percentile is suite2p's 8
 * ({@link BaselineConfig#defaults()}); a suite2p plane's own {@code ops.npy} values are not used.
 *
 * @param neuropil    neuropil coefficient: {@code Fc = F - neuropil · Fneu} (suite2p default 0.7)
 * @param baseline    baseline estimator of {@code Fc} for dF/F
 * @param winBaseline window of the baseline's running filters in seconds (suite2p {@code win_baseline})
 * @param sigBaseline Gaussian sigma in frames smoothing before the maximin filters (suite2p {@code sig_baseline})
 * @param binWidth  spike-count bin width in seconds, or null for no {@code binned_counts}
 * @param cellsOnly keep only the ROIs suite2p's {@code iscell.npy} labels as cells
 */
public record CalciumSettings(double neuropil, BaselineMethod baseline, double winBaseline, double sigBaseline,
        Double binWidth, boolean cellsOnly) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The defaults: neuropil 0.7, maximin baseline over 60 s after a 10-frame Gaussian, no bins, cells only. */
    public static final CalciumSettings DEFAULTS = new CalciumSettings(CalciumConfig.DEFAULT_NEUROPIL_COEFFICIENT,
            BaselineMethod.MAXIMIN, BaselineConfig.defaults().windowSeconds(), BaselineConfig.defaults().sigmaFrames(),
            null, true);

    public CalciumSettings {
        Checks.argument(neuropil >= 0 && Double.isFinite(neuropil), "--neuropil", "expected a number >= 0, got %s",
                neuropil);
        Checks.argument(baseline != null, "--baseline", "expected maximin, constant_prctile or sliding_prctile");
        Checks.positive(winBaseline, "--win-baseline");
        Checks.argument(sigBaseline >= 0 && Double.isFinite(sigBaseline), "--sig-baseline",
                "expected a number of frames >= 0, got %s", sigBaseline);
        Checks.argument(binWidth == null || binWidth > 0 && Double.isFinite(binWidth), "--bin-width",
                "expected a positive number of seconds, got %s", binWidth);
    }

    /** The preprocessing configuration these settings describe. */
    public CalciumConfig config() {
        return CalciumConfig.defaults().withNeuropilCoefficient(neuropil)
                .withBaseline(BaselineConfig.defaults().withMethod(baseline).withWindowSeconds(winBaseline)
                        .withSigmaFrames(sigBaseline));
    }
}
