package org.neurobeam.connectome.dynamic;

import java.util.Random;

/**
 * Simulated switching covariance (notes T-D3): p = 10 regions, 3 states with dwell times uniform in 40..80 TR.
 * In state s, x_t = l_s f_t + e_t with f, e standard normal and a loading pattern l_s over a different group
 * of regions, so the correlation is 0.5 inside the state's group and 0 elsewhere.
 */
final class SwitchingCovariance {

    static final int REGIONS = 10;
    static final double[][] LOADINGS = {
        {1, 1, 1, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 1, 1, 1, 1, 0, 0},
        {0, 0, 1, 1, 0, 0, 0, 0, 1, 1},
    };

    final double[][] signals;
    final int[] states;

    SwitchingCovariance(int time, long seed) {
        Random random = new Random(seed);
        signals = new double[time][REGIONS];
        states = new int[time];
        int t = 0;
        int state = random.nextInt(3);
        while (t < time) {
            int dwell = 40 + random.nextInt(41);
            for (int d = 0; d < dwell && t < time; d++, t++) {
                states[t] = state;
                double f = random.nextGaussian();
                for (int r = 0; r < REGIONS; r++) {
                    signals[t][r] = LOADINGS[state][r] * f + random.nextGaussian();
                }
            }
            state = (state + 1 + random.nextInt(2)) % 3;
        }
    }

    /** Whether a state change lies within {@code margin} samples of {@code centre}. */
    boolean nearTransition(double centre, int margin) {
        int lo = Math.max(1, (int) Math.ceil(centre - margin));
        int hi = Math.min(states.length - 1, (int) Math.floor(centre + margin));
        for (int t = lo; t <= hi; t++) {
            if (states[t] != states[t - 1]) {
                return true;
            }
        }
        return false;
    }
}
