package org.neurobeam.pipelines.fmri;

import java.io.Serializable;
import java.util.List;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.connectome.statics.CovarianceEstimator;
import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.signal.Standardize;

/**
 * What the fMRI stages of {@code run} do after reading a BOLD run: parcellate with an atlas, clean the region
 * signals, compute connectomes and fit the first-level GLM where events exist. Without an atlas none of this
 * runs. Defaults follow nilearn (maskers' {@code signal.clean}: detrend, {@code zscore_sample}, no filter, no
 * confounds; {@code ConnectivityMeasure}: Ledoit-Wolf) except that the connectivity kind defaults to
 * {@code correlation}, the measure users ask for first.
 *
 * @param atlas        labels (3D integer) or probabilistic (4D) atlas NIfTI, or null for no region analysis
 * @param atlasLabels  region names: a TSV with {@code index}/{@code name} columns or a FreeSurfer LUT, or null
 * @param mask         brain mask NIfTI, or null
 * @param detrend      remove a linear trend (nilearn default true)
 * @param standardize  {@code zscore_sample}, {@code zscore}, {@code psc} or {@code none}
 * @param highPassHz   Butterworth high-pass cut-off, or null
 * @param lowPassHz    Butterworth low-pass cut-off, or null
 * @param confounds    fMRIPrep confound strategy (see {@link ConfoundStrategies}), or null for none
 * @param kinds        connectivity kinds to compute
 * @param estimator    covariance estimator
 * @param glm          fit the first-level GLM where a run has events
 * @param hrf          HRF model label for the GLM
 * @param contrasts    extra GLM contrasts (expressions over condition names); each condition against
 *                     baseline is always computed
 */
public record FmriSettings(String atlas, String atlasLabels, String mask, boolean detrend, Standardize standardize,
        Double highPassHz, Double lowPassHz, String confounds, List<ConnectivityKind> kinds,
        CovarianceEstimator estimator, boolean glm, String hrf, List<String> contrasts) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No atlas, so no region analysis; the other values are the defaults used when an atlas is given. */
    public static final FmriSettings NONE = new FmriSettings(null, null, null, true, Standardize.ZSCORE_SAMPLE,
            null, null, null, List.of(ConnectivityKind.CORRELATION), CovarianceEstimator.LEDOIT_WOLF, true,
            "glover", List.of());

    public FmriSettings {
        Checks.argument(standardize != null, "--standardize", "expected zscore_sample, zscore, psc or none");
        Checks.argument(highPassHz == null || highPassHz > 0, "--high-pass", "expected a positive frequency in Hz");
        Checks.argument(lowPassHz == null || lowPassHz > 0, "--low-pass", "expected a positive frequency in Hz");
        Checks.argument(highPassHz == null || lowPassHz == null || highPassHz < lowPassHz, "--high-pass",
                "must be below --low-pass (%s Hz), got %s Hz", lowPassHz, highPassHz);
        Checks.argument(kinds != null, "--connectivity", "expected a list of kinds");
        kinds = List.copyOf(kinds);
        contrasts = List.copyOf(contrasts);
        Checks.argument(estimator != null, "--cov-estimator", "expected empirical or ledoit-wolf");
        if (confounds != null) {
            ConfoundStrategies.parse(confounds);
        }
    }

    /** Whether region analysis runs at all. */
    public boolean enabled() {
        return atlas != null;
    }

    /** These settings with an atlas. */
    public FmriSettings withAtlas(String image, String labels) {
        return new FmriSettings(image, labels, mask, detrend, standardize, highPassHz, lowPassHz, confounds, kinds,
                estimator, glm, hrf, contrasts);
    }
}
