package org.neurobeam.connectome.statics;

import org.neurobeam.ingest.Checks;

/**
 * Settings of the iterative geometric mean (Fletcher &amp; Joshi 2007, Algorithm 3).
 *
 * @param maxIterations at most this many geodesic steps (≥ 1)
 * @param tolerance stop once ‖gradient‖_F / p² falls below this (&gt; 0)
 */
public record GeometricMeanConfig(int maxIterations, double tolerance) {

    /** What nilearn's {@code ConnectivityMeasure(kind="tangent")} uses: 30 iterations, tolerance 1e-7. */
    public static final GeometricMeanConfig DEFAULT = new GeometricMeanConfig(30, 1e-7);

    public GeometricMeanConfig {
        Checks.argument(maxIterations >= 1, "max-iterations", "expected at least 1, got %d", maxIterations);
        Checks.positive(tolerance, "tolerance");
    }
}
