package org.neurobeam.pipelines.bench;

import java.util.SplittableRandom;

/**
 * Seeded region signals from a low-rank factor model, {@code x[t][r] = sum_k f[t][k] * w[k][r] + e[t][r]}
 * with standard normal factors, loadings and noise, so that regions are correlated as real ones are and
 * covariance matrices are well conditioned.
 */
final class FactorSignals {

    private final int factors;
    private final double noise;

    FactorSignals(int factors, double noise) {
        this.factors = factors;
        this.noise = noise;
    }

    /** One recording of {@code timepoints} x {@code regions}. */
    double[][] generate(int timepoints, int regions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] loadings = gaussian(factors, regions, random);
        double[][] scores = gaussian(timepoints, factors, random);
        double[][] x = new double[timepoints][regions];
        for (int t = 0; t < timepoints; t++) {
            for (int r = 0; r < regions; r++) {
                double v = noise * random.nextGaussian();
                for (int k = 0; k < factors; k++) {
                    v += scores[t][k] * loadings[k][r];
                }
                x[t][r] = v;
            }
        }
        return x;
    }

    private static double[][] gaussian(int rows, int columns, SplittableRandom random) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }
}
