package org.neurobeam.pipelines.fmri;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.connectome.glm.DesignConfig;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.statics.ConnectivityKind;

/**
 * The values the fMRI stages used, for {@code provenance.json}: every setting, including the defaults taken
 * from nilearn, so a reader never has to guess.
 */
public final class FmriProvenance {

    private FmriProvenance() {
    }

    public static Map<String, Object> of(FmriSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("atlas", settings.atlas());
        if (!settings.enabled()) {
            return values;
        }
        values.put("atlas_labels", settings.atlasLabels());
        values.put("mask", settings.mask());
        values.put("order", "parcellate, then clean the region signals (as nilearn's maskers)");
        values.put("detrend", settings.detrend());
        values.put("standardize", settings.standardize().nilearnName());
        values.put("high_pass_hz", settings.highPassHz());
        values.put("low_pass_hz", settings.lowPassHz());
        values.put("filter", "butterworth order 5, second-order sections, zero-phase (sosfiltfilt, odd padding)");
        values.put("confounds", settings.confounds());
        List<String> kinds = new ArrayList<>();
        settings.kinds().forEach(k -> kinds.add(k.label()));
        values.put("connectivity", kinds);
        values.put("cov_estimator", settings.estimator().label());
        values.put("correlation_signals", "z-scored before the covariance estimate (nilearn ConnectivityMeasure)");
        if (settings.kinds().contains(ConnectivityKind.TANGENT)) {
            values.put("tangent_reference", "geometric mean of the covariances of the runs sharing a region set");
        }
        values.put("glm", settings.glm());
        values.put("glm_hrf", settings.hrf());
        values.put("glm_drift", DesignConfig.DEFAULT.driftModel() + " " + DesignConfig.DEFAULT.highPassHz() + " Hz");
        values.put("glm_noise", GlmConfig.DEFAULT.noiseModel() + ", " + GlmConfig.DEFAULT.bins() + " bins");
        values.put("glm_signal_scaling", "percent of the region mean (nilearn signal_scaling=0)");
        values.put("glm_contrasts", settings.contrasts());
        return values;
    }
}
