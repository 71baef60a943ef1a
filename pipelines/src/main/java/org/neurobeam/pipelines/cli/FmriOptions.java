package org.neurobeam.pipelines.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.connectome.glm.HrfModel;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.connectome.statics.CovarianceEstimator;
import org.neurobeam.pipelines.fmri.FmriSettings;
import org.neurobeam.preprocess.signal.Standardize;
import picocli.CommandLine.Option;

/**
 * The fMRI options of {@code run}, mapped onto {@link FmriSettings}. The names are a contract: the
 * {@code kind} and {@code estimator} columns of the connectivity table use the same words.
 */
final class FmriOptions {

    @Option(names = "--atlas", paramLabel = "NIFTI",
            description = "Labels atlas (3D integers) or probabilistic atlas (4D maps); enables region signals, "
                    + "connectomes and the GLM.")
    Path atlas;

    @Option(names = "--atlas-labels", paramLabel = "TSV|LUT", description = "Region names (index/name TSV or LUT).")
    Path atlasLabels;

    @Option(names = "--mask", paramLabel = "NIFTI", description = "Brain mask; voxels outside are ignored.")
    Path mask;

    @Option(names = "--detrend", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Remove a linear trend from region signals (default: on, as nilearn).")
    boolean detrend;

    @Option(names = "--standardize", paramLabel = "zscore_sample|zscore|psc|none", defaultValue = "zscore_sample",
            description = "Standardisation of region signals (default: ${DEFAULT-VALUE}, as nilearn).")
    String standardize;

    @Option(names = "--high-pass", paramLabel = "HZ", description = "Butterworth high-pass cut-off (default: none).")
    Double highPass;

    @Option(names = "--low-pass", paramLabel = "HZ", description = "Butterworth low-pass cut-off (default: none).")
    Double lowPass;

    @Option(names = "--confounds", paramLabel = "STRATEGY",
            description = "fMRIPrep confounds: comma-separated motion6|motion12|motion24, high_pass, wm_csf, "
                    + "global_signal, compcor, scrub, or default (default: none).")
    String confounds;

    @Option(names = "--connectivity", paramLabel = "KINDS", split = ",", defaultValue = "correlation",
            description = "Comma-separated correlation, partial_correlation, covariance, precision, tangent "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> connectivity = new ArrayList<>();

    @Option(names = "--cov-estimator", paramLabel = "empirical|ledoit-wolf", defaultValue = "ledoit-wolf",
            description = "Covariance estimator (default: ${DEFAULT-VALUE}, as nilearn).")
    String estimator;

    @Option(names = "--glm", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Fit the first-level GLM on runs that have events (default: on).")
    boolean glm;

    @Option(names = "--hrf", paramLabel = "MODEL", defaultValue = "glover",
            description = "HRF of the GLM: spm, spm + derivative, spm + derivative + dispersion, glover, ..., fir "
                    + "(default: ${DEFAULT-VALUE}, as nilearn).")
    String hrf;

    @Option(names = "--contrast", paramLabel = "EXPR",
            description = "Extra GLM contrast over condition names, e.g. \"checkerboard - rest\" (repeatable).")
    List<String> contrasts = new ArrayList<>();

    /** The settings, with {@code defaultAtlas} (the example's) when none was given and it is not null. */
    FmriSettings settings(Path defaultAtlas, Path defaultLabels) {
        List<ConnectivityKind> kinds = new ArrayList<>();
        connectivity.forEach(k -> kinds.add(ConnectivityKind.fromLabel(k)));
        HrfModel.fromLabel(hrf);
        Path image = atlas != null ? atlas : defaultAtlas;
        Path names = atlas != null ? atlasLabels : defaultLabels;
        return new FmriSettings(text(image), text(names), text(mask), detrend, Standardize.fromName(standardize),
                highPass, lowPass, confounds, kinds, CovarianceEstimator.fromLabel(estimator), glm, hrf, contrasts);
    }

    private static String text(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize().toString();
    }
}
