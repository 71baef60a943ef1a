package org.neurobeam.connectome.states;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Samples {@link SyntheticData} from the one-hot generative model of notes §B.4 with one seeded RNG. */
public final class SyntheticGenerator {

    private SyntheticGenerator() {
    }

    /** Draws the ground truth, then the sequences. */
    public static SyntheticData generate(SyntheticConfig config) {
        Random random = new Random(config.seed());
        int states = config.states();
        int units = config.units();
        double s = config.sparsity();
        double[] alpha = {config.dirichletScale() * s * (1 - config.excitatoryFraction()),
            config.dirichletScale() * (1 - s), config.dirichletScale() * s * config.excitatoryFraction()};
        double[][][] prior = new double[units][units][];
        for (int n = 0; n < units; n++) {
            for (int m = 0; m < units; m++) {
                prior[n][m] = dirichlet(alpha, random);
            }
        }
        int[][][] adjacency = new int[states][units][units];
        double[][][] weights = new double[states][units][units];
        for (int k = 0; k < states; k++) {
            for (int n = 0; n < units; n++) {
                for (int m = 0; m < units; m++) {
                    adjacency[k][n][m] = categorical(prior[n][m], random) - 1;
                    double strength = Math.log1p(3 * random.nextDouble());
                    weights[k][n][m] = adjacency[k][n][m] * strength;
                }
            }
        }
        double[] bias = new double[units];
        for (int n = 0; n < units; n++) {
            bias[n] = 0.1 * (random.nextDouble() - 0.5);
        }
        double[] kernel = config.basis().kernel();
        List<double[][]> sequences = new ArrayList<>();
        List<int[]> paths = new ArrayList<>();
        for (int i = 0; i < config.sequences(); i++) {
            int bins = config.bins();
            double[][] counts = new double[bins][units];
            int[] path = new int[bins];
            int state = random.nextInt(states);
            for (int t = 0; t < bins; t++) {
                if (t > 0 && states > 1 && random.nextDouble() > config.stickiness()) {
                    state = (state + 1 + random.nextInt(states - 1)) % states;
                }
                path[t] = state;
                double[] history = new double[units];
                for (int k = 0; k < kernel.length && k < t; k++) {
                    for (int m = 0; m < units; m++) {
                        history[m] += kernel[k] * counts[t - 1 - k][m];
                    }
                }
                for (int n = 0; n < units; n++) {
                    double eta = bias[n];
                    for (int m = 0; m < units; m++) {
                        eta += weights[state][n][m] * history[m];
                    }
                    counts[t][n] = poisson(config.link().rate(eta), random);
                }
            }
            sequences.add(counts);
            paths.add(path);
        }
        return new SyntheticData(sequences, paths, weights, bias, adjacency, prior);
    }

    private static double[] dirichlet(double[] alpha, Random random) {
        double[] out = new double[alpha.length];
        double sum = 0;
        for (int i = 0; i < alpha.length; i++) {
            out[i] = gamma(alpha[i], random);
            sum += out[i];
        }
        for (int i = 0; i < alpha.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** Marsaglia–Tsang (2000), with the U^{1/a} boost for shape a &lt; 1. */
    private static double gamma(double shape, Random random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = Math.pow(1 + c * z, 3);
            if (v <= 0) {
                continue;
            }
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static int categorical(double[] p, Random random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < p.length - 1; i++) {
            cumulative += p[i];
            if (u < cumulative) {
                return i;
            }
        }
        return p.length - 1;
    }

    /** Knuth's product-of-uniforms sampler (rates here are small). */
    private static int poisson(double rate, Random random) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
