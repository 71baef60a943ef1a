package org.neurobeam.preprocess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.confounds.ConfoundRegression;
import org.neurobeam.preprocess.filter.ButterworthDesign;
import org.neurobeam.preprocess.filter.ButterworthFilter;
import org.neurobeam.preprocess.filter.CosineDrift;
import org.neurobeam.preprocess.signal.CensoredVolumeInterpolation;
import org.neurobeam.preprocess.signal.Columns;
import org.neurobeam.preprocess.signal.Detrend;
import org.neurobeam.preprocess.signal.Standardize;

/**
 * One run of nilearn's {@code signal.clean}, in its order: censored volumes of the sample mask are
 * spline-interpolated (Butterworth with a mask; otherwise they are dropped first) → linear detrend of
 * signals and confounds → zero-phase Butterworth of both (then the interpolated volumes are dropped) →
 * projection of the signals on the orthogonal complement of the (standardised) confounds, kept
 * orthogonal to the temporal filters as Lindquist et al. 2019 require → standardisation. The cosine
 * filter adds nilearn's DCT drift regressors to the confounds instead of filtering.
 */
public final class SignalCleaner {

    private final CleaningConfig config;

    public SignalCleaner(CleaningConfig config) {
        this.config = config;
    }

    /**
     * Cleans one run.
     *
     * @param signals {@code [time][column]}
     * @param confounds {@code [time][k]} with the same time points, or null
     * @param sampleMask true for volumes to keep, or null to keep all
     */
    public CleanedSignals clean(double[][] signals, double[][] confounds, boolean[] sampleMask) {
        Columns.requireMatrix(signals, "signals");
        int n = signals.length;
        if (confounds != null) {
            Columns.requireMatrix(confounds, "confounds");
            Checks.argument(confounds.length == n, "confounds",
                    "confounds have %d time points, signals have %d", confounds.length, n);
        }
        boolean[] keep = sampleMask == null ? all(n) : sampleMask.clone();
        Checks.argument(keep.length == n, "sample_mask", "has %d entries for %d volumes", keep.length, n);
        int[] kept = indices(keep);
        Checks.argument(kept.length > 0, "sample_mask", "all %d volumes are censored", n);
        List<String> warnings = new ArrayList<>();
        double[][] x = signals;
        double[][] conf = confounds;
        if (config.filters() && config.filter() == FilterType.COSINE) {
            CosineDrift drift = CosineDrift.nilearn(config.highPassHz(), frameTimes(n));
            warnings.addAll(drift.warnings());
            conf = conf == null ? drift.basis() : Columns.concat(conf, drift.basis());
        }
        boolean butterworth = config.filters() && config.filter() == FilterType.BUTTERWORTH;
        boolean interpolate = butterworth && sampleMask != null && !allTrue(keep);
        if (interpolate && !config.extrapolate()) {
            int first = indexOf(keep, true, 0, 1);
            int last = indexOf(keep, true, n - 1, -1);
            x = Arrays.copyOfRange(x, first, last + 1);
            conf = conf == null ? null : Arrays.copyOfRange(conf, first, last + 1);
            keep = Arrays.copyOfRange(keep, first, last + 1);
        }
        if (interpolate) {
            x = CensoredVolumeInterpolation.interpolate(x, keep);
            conf = conf == null ? null : CensoredVolumeInterpolation.interpolate(conf, keep);
        } else if (!allTrue(keep)) {
            x = Columns.rows(x, keep);
            conf = conf == null ? null : Columns.rows(conf, keep);
        }
        double[] mean = Columns.mean(x);
        if (config.detrend()) {
            x = Detrend.LINEAR.apply(x);
            conf = conf == null ? null : Detrend.LINEAR.apply(conf);
        }
        if (butterworth) {
            ButterworthFilter filter = ButterworthDesign.forCutoffs(ButterworthDesign.NILEARN_ORDER,
                    config.highPassHz(), config.lowPassHz(), 1.0 / config.repetitionTimeSeconds());
            warnings.addAll(filter.warnings());
            x = filter.apply(x);
            conf = conf == null ? null : filter.apply(conf);
            if (interpolate) {
                x = Columns.rows(x, keep);
                conf = conf == null ? null : Columns.rows(conf, keep);
            }
        }
        if (conf != null) {
            x = ConfoundRegression.project(x, ConfoundRegression.scale(conf, config.standardizeConfounds()));
        }
        if (config.standardize() == Standardize.PSC) {
            boolean meanRemoved = config.detrend() || (butterworth && config.highPassHz() != null);
            if (meanRemoved) {
                x = Columns.plus(x, mean);
            }
            int meanless = Standardize.meanlessColumns(x);
            if (meanless > 0) {
                warnings.add(String.format(Locale.ROOT, "psc standardization is meaningless for %d column(s) with a"
                        + " mean of 0; they are set to 0", meanless));
            }
        }
        return new CleanedSignals(config.standardize().apply(x), kept, warnings);
    }

    private double[] frameTimes(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * config.repetitionTimeSeconds();
        }
        return t;
    }

    private static boolean[] all(int n) {
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        return keep;
    }

    private static boolean allTrue(boolean[] keep) {
        for (boolean k : keep) {
            if (!k) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(boolean[] values, boolean value, int from, int step) {
        int i = from;
        while (values[i] != value) {
            i += step;
        }
        return i;
    }

    private static int[] indices(boolean[] keep) {
        return java.util.stream.IntStream.range(0, keep.length).filter(t -> keep[t]).toArray();
    }
}
