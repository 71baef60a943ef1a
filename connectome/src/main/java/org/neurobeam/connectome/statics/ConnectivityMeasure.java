package org.neurobeam.connectome.statics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurobeam.ingest.Checks;

/**
 * Computes connectomes from region signals [time][region] as nilearn's
 * {@code ConnectivityMeasure(kind, cov_estimator)} does: {@code correlation} estimates the covariance of
 * the z-scored signals (ddof 0, no detrending) and normalises it (z-scoring with ddof 1, newer nilearn's
 * {@code "zscore_sample"}, scales all regions alike and gives the same shrinkage and correlation); the other kinds use the estimator's
 * covariance of the centred raw signals, inverted for {@code precision} and {@code partial_correlation};
 * {@code tangent} needs a group. Signals are validated first: a non-finite or constant region fails with
 * an {@link IllegalArgumentException} naming its index.
 */
public final class ConnectivityMeasure {

    private final ConnectivityConfig config;

    public ConnectivityMeasure(ConnectivityConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public ConnectivityConfig config() {
        return config;
    }

    /** The connectome of one recording; fails for {@code tangent}, which is defined relative to a group. */
    public Connectome compute(double[][] signals) {
        Checks.argument(config.kind() != ConnectivityKind.TANGENT, "kind",
                "tangent is defined relative to a group: use computeGroup with at least 2 recordings");
        return single(signals);
    }

    /**
     * The connectomes of a group of recordings (time points may differ, regions must match) and their
     * mean. {@code tangent} needs at least 2 recordings, as nilearn's {@code fit_transform}.
     */
    public GroupConnectivity computeGroup(List<double[][]> recordings) {
        Checks.argument(recordings != null && !recordings.isEmpty(), "recordings", "expected at least one recording");
        int regions = -1;
        for (int s = 0; s < recordings.size(); s++) {
            int p = validate(recordings.get(s), s);
            Checks.argument(regions < 0 || p == regions, "recordings", "recording %d has %d regions, the first has %d",
                    s, p, regions);
            regions = p;
        }
        if (config.kind() == ConnectivityKind.TANGENT) {
            return tangent(recordings);
        }
        List<Connectome> connectomes = new ArrayList<>(recordings.size());
        DMatrixRMaj mean = new DMatrixRMaj(regions, regions);
        for (double[][] signals : recordings) {
            Connectome c = single(signals);
            connectomes.add(c);
            CommonOps_DDRM.addEquals(mean, new DMatrixRMaj(c.matrix()));
        }
        CommonOps_DDRM.divide(mean, recordings.size());
        return new GroupConnectivity(connectomes, SymmetricMatrices.toArray(SymmetricMatrices.symmetrise(mean)));
    }

    private static int validate(double[][] signals, int recording) {
        try {
            return RegionSignals.validate(signals);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("recording " + recording + ": " + e.getMessage(), e);
        }
    }

    private GroupConnectivity tangent(List<double[][]> recordings) {
        Checks.argument(recordings.size() >= 2, "recordings",
                "tangent space needs a group of at least 2 recordings, got %d", recordings.size());
        List<CovarianceEstimate> estimates = new ArrayList<>(recordings.size());
        List<DMatrixRMaj> covariances = new ArrayList<>(recordings.size());
        for (double[][] signals : recordings) {
            CovarianceEstimate e = config.estimator().estimate(signals);
            estimates.add(e);
            covariances.add(e.matrix());
        }
        TangentSpace space = TangentSpace.fitMatrices(covariances, config.geometricMean());
        List<Connectome> connectomes = new ArrayList<>(recordings.size());
        for (CovarianceEstimate e : estimates) {
            connectomes.add(connectome(space.transform(e.matrix()), e.shrinkage()));
        }
        return new GroupConnectivity(connectomes, space.reference().mean());
    }

    private Connectome single(double[][] signals) {
        if (config.kind() == ConnectivityKind.CORRELATION) {
            CovarianceEstimate e = config.estimator().estimate(RegionSignals.zscored(signals));
            return connectome(CorrelationMatrices.fromCovariance(e.matrix()), e.shrinkage());
        }
        CovarianceEstimate e = config.estimator().estimate(signals);
        DMatrixRMaj matrix = switch (config.kind()) {
            case COVARIANCE -> e.matrix();
            case PRECISION -> SymmetricMatrices.inverseSpd(e.matrix(), "covariance");
            case PARTIAL_CORRELATION -> CorrelationMatrices.partialFromPrecision(
                    SymmetricMatrices.inverseSpd(e.matrix(), "covariance"));
            default -> throw new IllegalStateException("unhandled kind " + config.kind());
        };
        return connectome(matrix, e.shrinkage());
    }

    private Connectome connectome(DMatrixRMaj matrix, OptionalDouble shrinkage) {
        return new Connectome(config.kind(), config.estimator(), SymmetricMatrices.toArray(matrix), shrinkage);
    }
}
