package org.neurobeam.connectome.states;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Notes §B.7 T-B1: log-space forward-backward and Viterbi against brute-force enumeration of every path on
 * tiny HMMs with random emissions; the ELBO Q + H(q) at the exact posterior equals log p(x), which pins the
 * sign of the entropy term (notes §B.2 caution).
 */
class ForwardBackwardTest {

    private record Hmm(double[][] logEmission, double[][] logTransition, double[] logInitial) {
    }

    private static Hmm random(int states, int bins, long seed) {
        Random random = new Random(seed);
        double[][] logEmission = new double[bins][states];
        for (double[] row : logEmission) {
            for (int s = 0; s < states; s++) {
                row[s] = -5 * random.nextDouble();
            }
        }
        double[][] logTransition = new double[states][];
        for (int s = 0; s < states; s++) {
            logTransition[s] = logNormalised(random, states);
        }
        return new Hmm(logEmission, logTransition, logNormalised(random, states));
    }

    private static double[] logNormalised(Random random, int k) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            p[i] = 0.1 + random.nextDouble();
            sum += p[i];
        }
        for (int i = 0; i < k; i++) {
            p[i] = Math.log(p[i] / sum);
        }
        return p;
    }

    private static double logJoint(Hmm hmm, int[] path) {
        double value = hmm.logInitial()[path[0]] + hmm.logEmission()[0][path[0]];
        for (int t = 1; t < path.length; t++) {
            value += hmm.logTransition()[path[t - 1]][path[t]] + hmm.logEmission()[t][path[t]];
        }
        return value;
    }

    private static int[] path(int code, int states, int bins) {
        int[] path = new int[bins];
        for (int t = 0; t < bins; t++) {
            path[t] = code % states;
            code /= states;
        }
        return path;
    }

    @Test
    void matchesEnumeration() {
        int[][] shapes = {{2, 6}, {3, 5}, {2, 1}};
        for (int[] shape : shapes) {
            int states = shape[0];
            int bins = shape[1];
            Hmm hmm = random(states, bins, 17L + states * 31L + bins);
            int paths = (int) Math.pow(states, bins);
            double[] joints = new double[paths];
            for (int code = 0; code < paths; code++) {
                joints[code] = logJoint(hmm, path(code, states, bins));
            }
            double logZ = LogSumExp.of(joints);
            double[][] gamma = new double[bins][states];
            double[][] counts = new double[states][states];
            double entropy = 0;
            int best = 0;
            for (int code = 0; code < paths; code++) {
                double p = Math.exp(joints[code] - logZ);
                int[] z = path(code, states, bins);
                for (int t = 0; t < bins; t++) {
                    gamma[t][z[t]] += p;
                    if (t > 0) {
                        counts[z[t - 1]][z[t]] += p;
                    }
                }
                entropy -= p * Math.log(p);
                best = joints[code] > joints[best] ? code : best;
            }
            Posterior posterior = ForwardBackward.run(hmm.logEmission(), hmm.logTransition(), hmm.logInitial());
            assertEquals(logZ, posterior.logLikelihood(), 1e-10);
            assertEquals(entropy, posterior.entropy(), 1e-10);
            for (int t = 0; t < bins; t++) {
                assertArrayEquals(gamma[t], posterior.gamma()[t], 1e-10);
                assertEquals(1, posterior.gamma()[t][0] + posterior.gamma()[t][1]
                        + (states > 2 ? posterior.gamma()[t][2] : 0), 1e-12);
            }
            for (int s = 0; s < states; s++) {
                assertArrayEquals(counts[s], posterior.transitionCounts()[s], 1e-10);
            }
            assertArrayEquals(path(best, states, bins),
                    Viterbi.decode(hmm.logEmission(), hmm.logTransition(), hmm.logInitial()));
            assertEquals(posterior.logLikelihood(), elbo(hmm, posterior), 1e-10);
        }
    }

    /** Q(θ; q) + H(q) with Q = Σ γ_1 log p0 + Σ ξ log Π + Σ γ log p(x|z). */
    private static double elbo(Hmm hmm, Posterior q) {
        int states = hmm.logInitial().length;
        double value = q.entropy();
        for (int s = 0; s < states; s++) {
            value += q.gamma()[0][s] * hmm.logInitial()[s];
            for (int r = 0; r < states; r++) {
                value += q.transitionCounts()[s][r] * hmm.logTransition()[s][r];
            }
            for (int t = 0; t < q.gamma().length; t++) {
                value += q.gamma()[t][s] * hmm.logEmission()[t][s];
            }
        }
        return value;
    }
}
