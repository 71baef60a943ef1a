package org.neurobeam.connectome.glm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurobeam.ingest.Checks;

/**
 * nilearn's {@code hrf_model} values and the kernels {@code _hrf_kernel} builds for them on the
 * oversampled grid (step tr / oversampling). Derivative columns are named {@code <condition>_derivative}
 * and {@code <condition>_dispersion}, FIR columns {@code <condition>_delay_<d>}; {@link #NONE} is a unit
 * impulse (nilearn's {@code hrf_model=None}).
 */
public enum HrfModel {
    SPM("spm", GammaDifferenceHrf.SPM, 1),
    SPM_DERIVATIVE("spm + derivative", GammaDifferenceHrf.SPM, 2),
    SPM_DERIVATIVE_DISPERSION("spm + derivative + dispersion", GammaDifferenceHrf.SPM, 3),
    GLOVER("glover", GammaDifferenceHrf.GLOVER, 1),
    GLOVER_DERIVATIVE("glover + derivative", GammaDifferenceHrf.GLOVER, 2),
    GLOVER_DERIVATIVE_DISPERSION("glover + derivative + dispersion", GammaDifferenceHrf.GLOVER, 3),
    FIR("fir", null, 0),
    NONE("none", null, 1);

    private final String label;
    private final GammaDifferenceHrf hrf;
    private final int bases;

    HrfModel(String label, GammaDifferenceHrf hrf, int bases) {
        this.label = label;
        this.hrf = hrf;
        this.bases = bases;
    }

    /** nilearn's spelling. */
    public String label() {
        return label;
    }

    /** Parses nilearn's spelling, case-insensitively. */
    public static HrfModel fromLabel(String label) {
        String wanted = label == null ? "none" : label.trim().toLowerCase(Locale.ROOT);
        Map<String, HrfModel> byLabel = new LinkedHashMap<>();
        for (HrfModel m : values()) {
            byLabel.put(m.label, m);
        }
        return byLabel.get(Checks.option(wanted, "hrf_model", byLabel.keySet()));
    }

    /** The kernels, one per regressor of a condition; {@code firDelays} in scans, used by FIR only. */
    public List<double[]> kernels(double tr, int oversampling, List<Integer> firDelays) {
        List<double[]> kernels = new ArrayList<>();
        if (this == FIR) {
            for (int delay : firDelays) {
                double[] k = new double[(delay + 1) * oversampling];
                Arrays.fill(k, delay * oversampling, k.length, 1.0 / oversampling);
                kernels.add(k);
            }
        } else if (this == NONE) {
            double[] k = new double[oversampling];
            k[0] = 1;
            kernels.add(k);
        } else {
            kernels.add(hrf.sample(tr, oversampling, 0));
            if (bases > 1) {
                kernels.add(hrf.timeDerivative(tr, oversampling));
            }
            if (bases > 2) {
                kernels.add(hrf.dispersionDerivative(tr, oversampling));
            }
        }
        return kernels;
    }

    /** The column names of one condition, in kernel order. */
    public List<String> names(String condition, List<Integer> firDelays) {
        if (this == FIR) {
            return firDelays.stream().map(d -> condition + "_delay_" + d).toList();
        }
        List<String> names = new ArrayList<>(List.of(condition));
        if (bases > 1) {
            names.add(condition + "_derivative");
        }
        if (bases > 2) {
            names.add(condition + "_dispersion");
        }
        return names;
    }
}
