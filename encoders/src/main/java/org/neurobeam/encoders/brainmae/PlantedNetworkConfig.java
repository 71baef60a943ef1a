package org.neurobeam.encoders.brainmae;

import org.neurobeam.ingest.Checks;

/**
 * Synthetic fMRI region signals with planted network structure (research notes models.md §1.7 and §7.1):
 * {@code networks} latent AR(1) signals, each ROI the signal of its network times a fixed loading plus
 * independent Gaussian noise, network membership shuffled over ROIs. Every recording carries a binary label
 * that changes the coupling between networks: with label 1 the innovations (hence the stationary signals) of
 * networks 0 and 1 have correlation {@code coupling}, with label 0 all networks are independent.
 *
 * @param regions        ROIs N
 * @param networks       latent networks k (at least 2)
 * @param timePoints     frames per recording
 * @param autoregression AR(1) coefficient φ of each network signal (unit stationary variance)
 * @param noise          standard deviation of each ROI's independent noise
 * @param coupling       correlation of networks 0 and 1 in recordings with label 1
 */
public record PlantedNetworkConfig(
        int regions, int networks, int timePoints, double autoregression, double noise, double coupling) {

    public PlantedNetworkConfig {
        Checks.argument(networks >= 2, "networks", "expected at least 2 networks, got %d", networks);
        Checks.argument(regions >= networks, "regions", "expected at least one ROI per network, got %d", regions);
        Checks.argument(timePoints >= 2, "timePoints", "expected at least 2, got %d", timePoints);
        Checks.argument(Math.abs(autoregression) < 1, "autoregression", "expected |φ| < 1, got %s", autoregression);
        Checks.argument(noise >= 0, "noise", "expected a standard deviation >= 0, got %s", noise);
        Checks.argument(Math.abs(coupling) < 1, "coupling", "expected a correlation in (-1, 1), got %s", coupling);
    }

    /** The generator's default for tests: 4 networks, φ = 0.9 (slow BOLD-like fluctuations at TR 0.72 s). */
    public static PlantedNetworkConfig of(int regions, int timePoints) {
        return new PlantedNetworkConfig(regions, 4, timePoints, 0.9, 1.0, 0.8);
    }
}
