package org.neurobeam.connectome.dynamic;

import java.util.Random;

/**
 * Notes T-D4: N = 20 Kuramoto oscillators in two communities (12 and 8: with equal halves the sign of V1 in
 * the anti-phase state is a coin flip, and cosine k-means splits the two signs), strong coupling inside,
 * inter-community coupling switching every 100 samples. Deviation: the "off" periods use repulsive
 * inter-community coupling (anti-phase locking). With the coupling merely absent, the communities' relative
 * phase drifts and V1 equals the global mode whenever it is below π/2, so on and off are not separable from
 * V1. Observed signals are cos θ plus white noise (σ = 0.1); ω ≈ 2π/20 per sample ± 5%; Euler–Maruyama with
 * 10 steps per sample.
 */
final class KuramotoSwitching {

    static final int N = 20;
    static final int FIRST = 12;
    final double[][] signals;
    final int[] coupled;

    KuramotoSwitching(int time, long seed) {
        Random random = new Random(seed);
        double[] omega = new double[N];
        double[] theta = new double[N];
        for (int i = 0; i < N; i++) {
            omega[i] = 2 * Math.PI / 20 * (1 + 0.05 * (2 * random.nextDouble() - 1));
            theta[i] = 2 * Math.PI * random.nextDouble();
        }
        signals = new double[time][N];
        coupled = new int[time];
        double dt = 0.1;
        double[] next = new double[N];
        for (int t = 0; t < time; t++) {
            coupled[t] = (t / 100) % 2 == 0 ? 1 : 0;
            double inter = coupled[t] == 1 ? 1.0 : -1.0;
            for (int step = 0; step < 10; step++) {
                for (int i = 0; i < N; i++) {
                    double force = 0;
                    for (int j = 0; j < N; j++) {
                        double k = (i < FIRST) == (j < FIRST) ? 2.0 : inter;
                        force += k * Math.sin(theta[j] - theta[i]);
                    }
                    next[i] = theta[i] + dt * (omega[i] + force / N) + Math.sqrt(dt) * 0.02 * random.nextGaussian();
                }
                System.arraycopy(next, 0, theta, 0, N);
            }
            for (int i = 0; i < N; i++) {
                signals[t][i] = Math.cos(theta[i]) + 0.1 * random.nextGaussian();
            }
        }
    }
}
