package org.neurobeam.encoders.brainmae;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A cohort drawn from {@link PlantedNetworkConfig}: region signals {@code [time][region]} per recording with the
 * planted truth next to them.
 *
 * @param recordings region signals per recording
 * @param labels     recording label (1: networks 0 and 1 coupled, 0: all networks independent)
 * @param membership network of each ROI
 * @param loadings   loading of each ROI on its network, shared by all recordings
 */
public record PlantedNetworkCohort(List<double[][]> recordings, int[] labels, int[] membership, double[] loadings) {

    /** {@code count} recordings with alternating labels, reproducible from {@code seed}. */
    public static PlantedNetworkCohort generate(PlantedNetworkConfig config, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = config.regions();
        int[] membership = new int[n];
        double[] loadings = new double[n];
        for (int r = 0; r < n; r++) {
            membership[r] = r % config.networks();
            loadings[r] = 0.5 + random.nextDouble();
        }
        for (int r = n - 1; r > 0; r--) {
            int j = random.nextInt(r + 1);
            int swap = membership[r];
            membership[r] = membership[j];
            membership[j] = swap;
        }
        List<double[][]> recordings = new ArrayList<>(count);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 2;
            double[][] latent = latentSignals(config, labels[i], random);
            double[][] signals = new double[config.timePoints()][n];
            for (int t = 0; t < config.timePoints(); t++) {
                for (int r = 0; r < n; r++) {
                    signals[t][r] = loadings[r] * latent[t][membership[r]] + config.noise() * random.nextGaussian();
                }
            }
            recordings.add(signals);
        }
        return new PlantedNetworkCohort(recordings, labels, membership, loadings);
    }

    /** Unit-variance AR(1) network signals; with label 1 the innovations of networks 0 and 1 are correlated. */
    private static double[][] latentSignals(PlantedNetworkConfig config, int label, SplittableRandom random) {
        int k = config.networks();
        double phi = config.autoregression();
        double c = config.coupling();
        double[][] latent = new double[config.timePoints()][k];
        double innovationScale = Math.sqrt(1 - phi * phi);
        for (int t = 0; t < config.timePoints(); t++) {
            double[] innovation = new double[k];
            for (int j = 0; j < k; j++) {
                innovation[j] = random.nextGaussian();
            }
            if (label == 1) {
                innovation[1] = c * innovation[0] + Math.sqrt(1 - c * c) * innovation[1];
            }
            for (int j = 0; j < k; j++) {
                // t = 0 starts from the stationary distribution (unit variance, same coupling).
                latent[t][j] = t == 0 ? innovation[j] : phi * latent[t - 1][j] + innovationScale * innovation[j];
            }
        }
        return latent;
    }
}
