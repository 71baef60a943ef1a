package org.neurobeam.encoders.demovae;

import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.ingest.Checks;

/**
 * DemoVAE hyper-parameters (Orlichenko et al. 2024, arXiv 2405.07977; reference aorliche/demo-vae, pip
 * {@code get_default_params}): {@code regions} of the connectome (input = its n(n−1)/2 upper-triangle edges),
 * hidden width and latent size of the encoder/decoder MLPs, the loss weights (reconstruction 100, latent
 * covariance 1, latent mean 1, decorrelation 10, guidance 0.001), the generated samples per guidance step (100),
 * the guidance models' ridge α (100) and logistic C (100).
 */
public record DemoVaeConfig(int regions, int hidden, int latent, double reconstructionWeight,
        double covarianceWeight, double meanWeight, double decorrelationWeight, double guidanceWeight,
        int guidanceSamples, double ridgeAlpha, double logisticC) {

    public DemoVaeConfig {
        Checks.argument(regions >= 2, "regions", "expected >= 2, got %d", regions);
        Checks.argument(hidden >= 1, "hidden", "expected >= 1, got %d", hidden);
        Checks.argument(latent >= 1, "latent", "expected >= 1, got %d", latent);
        for (double weight : new double[] {reconstructionWeight, covarianceWeight, meanWeight, decorrelationWeight,
            guidanceWeight}) {
            Checks.argument(weight >= 0 && Double.isFinite(weight), "loss weight", "expected >= 0, got %s", weight);
        }
        Checks.argument(guidanceSamples >= 2, "guidanceSamples", "expected >= 2, got %d", guidanceSamples);
        Checks.positive(ridgeAlpha, "ridgeAlpha");
        Checks.positive(logisticC, "logisticC");
    }

    /** The reference defaults (hidden 1000, latent 60) for a connectome of {@code regions} regions. */
    public static DemoVaeConfig defaults(int regions) {
        return new DemoVaeConfig(regions, 1000, 60, 100, 1, 1, 10, 0.001, 100, 100, 100);
    }

    /** The same with another hidden width and latent size. */
    public DemoVaeConfig withSize(int hiddenUnits, int latentSize) {
        return new DemoVaeConfig(regions, hiddenUnits, latentSize, reconstructionWeight, covarianceWeight,
                meanWeight, decorrelationWeight, guidanceWeight, guidanceSamples, ridgeAlpha, logisticC);
    }

    /** Number of input features: the upper-triangle edges n(n−1)/2. */
    public int features() {
        return UpperTriangle.pairs(regions);
    }
}
