package org.neurobeam.connectome.ntf;

import java.util.Random;

/**
 * Notes T-A2: R = 3 planted non-negative components, P = 500 pairs (overlapping blocks of pairs), T' = 300
 * windows (overlapping boxcar intervals), W = 8 animals (subsets); Gaussian noise of the given fraction of the
 * noiseless tensor's RMS, clipped at 0.
 */
final class PlantedTensor {

    static final int PAIRS = 500;
    static final int WINDOWS = 300;
    static final int ANIMALS = 8;
    static final int[][] PAIR_BLOCKS = {{0, 200}, {150, 350}, {300, 500}};
    static final int[][] INTERVALS = {{0, 120}, {100, 220}, {200, 300}};
    static final int[][] SUBSETS = {{0, 1, 2, 3}, {2, 3, 4, 5}, {5, 6, 7, 0}};

    final double[][][] values = new double[PAIRS][WINDOWS][ANIMALS];
    final CpModel truth;

    PlantedTensor(double noise, long seed) {
        double[][][] f = {new double[PAIRS][3], new double[WINDOWS][3], new double[ANIMALS][3]};
        for (int r = 0; r < 3; r++) {
            for (int p = PAIR_BLOCKS[r][0]; p < PAIR_BLOCKS[r][1]; p++) {
                f[0][p][r] = 1;
            }
            for (int t = INTERVALS[r][0]; t < INTERVALS[r][1]; t++) {
                f[1][t][r] = 1;
            }
            for (int w : SUBSETS[r]) {
                f[2][w][r] = 1;
            }
        }
        truth = new CpModel(new double[] {1, 1, 1}, f[0], f[1], f[2], 0, 1, 0);
        double sumSquares = 0;
        for (int p = 0; p < PAIRS; p++) {
            for (int t = 0; t < WINDOWS; t++) {
                for (int w = 0; w < ANIMALS; w++) {
                    values[p][t][w] = truth.at(p, t, w);
                    sumSquares += values[p][t][w] * values[p][t][w];
                }
            }
        }
        double sigma = noise * Math.sqrt(sumSquares / (PAIRS * WINDOWS * ANIMALS));
        Random random = new Random(seed);
        for (double[][] plane : values) {
            for (double[] row : plane) {
                for (int w = 0; w < ANIMALS; w++) {
                    row[w] = Math.max(0, row[w] + sigma * random.nextGaussian());
                }
            }
        }
    }
}
