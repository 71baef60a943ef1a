package org.neurobeam.connectome.glm;

import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Settings of a first-level design matrix; {@link #DEFAULT} equals nilearn's
 * {@code make_first_level_design_matrix} / {@code FirstLevelModel}: Glover HRF, cosine drift with a
 * 0.01 Hz (100 s) high-pass, polynomial order 1, FIR delays [0], oversampling 50, min_onset -24 s.
 * SPM differs: canonical HRF ({@link HrfModel#SPM} is nilearn's approximation of it), a 128 s
 * high-pass cut-off (1/128 Hz) with {@code spm_dctmtx} regressors, and a microtime grid of 16 bins
 * per scan instead of 50.
 *
 * @param hrfModel       the response model
 * @param firDelays      FIR delays in scans, used with {@link HrfModel#FIR}
 * @param driftModel     the drift regressors
 * @param highPassHz     cosine drift cut-off frequency
 * @param driftOrder     polynomial drift order
 * @param oversampling   high-resolution bins per scan for the convolution
 * @param minOnset       earliest onset (s, relative to the first frame) the high-resolution grid covers
 * @param outOfRunEvents policy for events outside the run
 */
public record DesignConfig(HrfModel hrfModel, List<Integer> firDelays, DriftModel driftModel, double highPassHz,
        int driftOrder, int oversampling, double minOnset, OutOfRunEvents outOfRunEvents) {

    public static final DesignConfig DEFAULT = new DesignConfig(HrfModel.GLOVER, List.of(0), DriftModel.COSINE,
            0.01, 1, 50, -24, OutOfRunEvents.FAIL);

    public DesignConfig {
        Checks.argument(hrfModel != null, "hrf_model", "missing");
        Checks.argument(driftModel != null, "drift_model", "missing");
        Checks.argument(outOfRunEvents != null, "out_of_run_events", "missing");
        firDelays = List.copyOf(firDelays);
        Checks.argument(!firDelays.isEmpty() && firDelays.stream().allMatch(d -> d >= 0)
                && firDelays.stream().distinct().count() == firDelays.size(), "fir_delays",
                "expected distinct non-negative delays in scans, got %s", firDelays);
        Checks.positive(highPassHz, "high_pass");
        Checks.argument(driftOrder >= 0, "drift_order", "expected a non-negative order, got %d", driftOrder);
        Checks.argument(oversampling > 0, "oversampling", "expected a positive integer, got %d", oversampling);
        Checks.argument(Double.isFinite(minOnset) && minOnset <= 0, "min_onset",
                "expected a finite value <= 0 s, got %s", minOnset);
    }

    public DesignConfig withHrfModel(HrfModel value) {
        return new DesignConfig(value, firDelays, driftModel, highPassHz, driftOrder, oversampling, minOnset,
                outOfRunEvents);
    }

    public DesignConfig withFirDelays(List<Integer> value) {
        return new DesignConfig(hrfModel, value, driftModel, highPassHz, driftOrder, oversampling, minOnset,
                outOfRunEvents);
    }

    public DesignConfig withDrift(DriftModel model, double highPass, int order) {
        return new DesignConfig(hrfModel, firDelays, model, highPass, order, oversampling, minOnset,
                outOfRunEvents);
    }

    public DesignConfig withOversampling(int value) {
        return new DesignConfig(hrfModel, firDelays, driftModel, highPassHz, driftOrder, value, minOnset,
                outOfRunEvents);
    }

    public DesignConfig withMinOnset(double value) {
        return new DesignConfig(hrfModel, firDelays, driftModel, highPassHz, driftOrder, oversampling, value,
                outOfRunEvents);
    }

    public DesignConfig withOutOfRunEvents(OutOfRunEvents value) {
        return new DesignConfig(hrfModel, firDelays, driftModel, highPassHz, driftOrder, oversampling, minOnset,
                value);
    }
}
