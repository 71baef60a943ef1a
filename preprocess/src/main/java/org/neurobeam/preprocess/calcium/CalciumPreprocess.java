package org.neurobeam.preprocess.calcium;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * suite2p's {@code dcnv.preprocess} for one ROI at a time: neuropil subtraction, baseline estimation and
 * baseline subtraction. Rows are independent, so callers stream a plane row by row.
 */
public final class CalciumPreprocess {

    private final CalciumConfig config;
    private final double fs;

    /** A preprocessor for traces sampled at {@code fs} Hz. */
    public CalciumPreprocess(CalciumConfig config, double fs) {
        this.config = Objects.requireNonNull(config, "config");
        this.fs = Checks.positive(fs, "fs");
    }

    /** Preprocesses one ROI from its fluorescence {@code f} and neuropil {@code fneu} (equal lengths). */
    public CalciumTrace apply(double[] f, double[] fneu) {
        double[] corrected = NeuropilSubtraction.apply(f, fneu, config.neuropilCoefficient());
        double[] baseline = config.baseline().estimate(corrected, fs);
        double[] residual = new double[corrected.length];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = corrected[i] - baseline[i];
        }
        return new CalciumTrace(corrected, baseline, residual);
    }
}
