package org.neurobeam.pipelines.calcium;

import java.io.Serializable;
import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.calcium.BaselineConfig;
import org.neurobeam.preprocess.calcium.BaselineMethod;
import org.neurobeam.preprocess.calcium.CalciumConfig;

/**
 * What {@code run} does with calcium and spikes recordings. The baseline window (60 s), Gaussian sigma (10 frames)
 * and percentile (8) are suite2p's defaults ({@link BaselineConfig#defaults()}); a suite2p plane's own
 * {@code ops.npy} values are not used.
 *
 * @param neuropil  neuropil coefficient: {@code Fc = F - neuropil · Fneu} (suite2p default 0.7)
 * @param baseline  baseline estimator of {@code Fc} for dF/F
 * @param binWidth  spike-count bin width in seconds, or null for no {@code binned_counts}
 * @param cellsOnly keep only the ROIs suite2p's {@code iscell.npy} labels as cells
 */
public record CalciumSettings(double neuropil, BaselineMethod baseline, Double binWidth, boolean cellsOnly)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The defaults: neuropil 0.7, maximin baseline, no bins, cells only. */
    public static final CalciumSettings DEFAULTS =
            new CalciumSettings(CalciumConfig.DEFAULT_NEUROPIL_COEFFICIENT, BaselineMethod.MAXIMIN, null, true);

    public CalciumSettings {
        Checks.argument(neuropil >= 0 && Double.isFinite(neuropil), "--neuropil", "expected a number >= 0, got %s",
                neuropil);
        Checks.argument(baseline != null, "--baseline", "expected maximin, constant_prctile or sliding_prctile");
        Checks.argument(binWidth == null || binWidth > 0 && Double.isFinite(binWidth), "--bin-width",
                "expected a positive number of seconds, got %s", binWidth);
    }

    /** The preprocessing configuration these settings describe. */
    public CalciumConfig config() {
        return CalciumConfig.defaults().withNeuropilCoefficient(neuropil)
                .withBaseline(BaselineConfig.defaults().withMethod(baseline));
    }
}
