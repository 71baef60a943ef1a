/**
 * Static functional connectivity of one recording or a group, as nilearn's {@code ConnectivityMeasure}
 * computes it on top of scikit-learn's covariance estimators.
 *
 * <p>Every method takes region signals as {@code double[][]} indexed {@code [time][region]}: one row per
 * time point, one column per region. Inputs are validated (finite, non-constant regions) before any
 * estimate, so a connectome never carries NaN.
 *
 * <p>Entry points: {@link org.neurobeam.connectome.statics.ConnectivityMeasure} (configured by
 * {@link org.neurobeam.connectome.statics.ConnectivityConfig}),
 * {@link org.neurobeam.connectome.statics.CovarianceEstimator},
 * {@link org.neurobeam.connectome.statics.TangentSpace} and
 * {@link org.neurobeam.connectome.statics.FisherZ}.
 */
package org.neurobeam.connectome.statics;
