package org.neurobeam.connectome.statics;

import org.neurobeam.ingest.Checks;

/**
 * What {@link ConnectivityMeasure} computes. Defaults follow nilearn's {@code ConnectivityMeasure()}:
 * kind {@code covariance}, Ledoit–Wolf estimator, and its tangent-space geometric mean settings.
 *
 * @param kind the connectivity matrix
 * @param estimator the covariance estimator
 * @param geometricMean settings of the group geometric mean, used by {@code tangent} only
 */
public record ConnectivityConfig(ConnectivityKind kind, CovarianceEstimator estimator,
        GeometricMeanConfig geometricMean) {

    public static final ConnectivityConfig DEFAULT = new ConnectivityConfig(ConnectivityKind.COVARIANCE,
            CovarianceEstimator.LEDOIT_WOLF, GeometricMeanConfig.DEFAULT);

    public ConnectivityConfig {
        Checks.argument(kind != null, "kind", "must be set");
        Checks.argument(estimator != null, "estimator", "must be set");
        Checks.argument(geometricMean != null, "geometric-mean", "must be set");
    }

    /** The defaults with this kind. */
    public static ConnectivityConfig of(ConnectivityKind kind) {
        return DEFAULT.withKind(kind);
    }

    public ConnectivityConfig withKind(ConnectivityKind value) {
        return new ConnectivityConfig(value, estimator, geometricMean);
    }

    public ConnectivityConfig withEstimator(CovarianceEstimator value) {
        return new ConnectivityConfig(kind, value, geometricMean);
    }

    public ConnectivityConfig withGeometricMean(GeometricMeanConfig value) {
        return new ConnectivityConfig(kind, estimator, value);
    }
}
