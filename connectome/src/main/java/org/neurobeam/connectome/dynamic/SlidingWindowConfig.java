package org.neurobeam.connectome.dynamic;

import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Settings of {@link SlidingWindowConnectivity}.
 *
 * @param window the tapered window
 * @param statistic correlation or covariance per window
 * @param zscore z-score each whole signal first (ddof 0, as {@code RegionSignals.zscored}); only changes
 *     covariances
 * @param fisherZ apply artanh to the windowed correlations (Fisher 1915), as the notes recommend before
 *     clustering; only with {@link WindowStatistic#CORRELATION}
 */
public record SlidingWindowConfig(WindowConfig window, WindowStatistic statistic, boolean zscore, boolean fisherZ) {

    public SlidingWindowConfig {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(statistic, "statistic");
        Checks.argument(!fisherZ || statistic == WindowStatistic.CORRELATION, "fisherZ",
                "Fisher z applies to correlations, not to %s", statistic);
    }

    /** Correlation in {@code window}, no z-scoring, no Fisher z. */
    public static SlidingWindowConfig correlation(WindowConfig window) {
        return new SlidingWindowConfig(window, WindowStatistic.CORRELATION, false, false);
    }

    public SlidingWindowConfig withFisherZ(boolean fisherZ) {
        return new SlidingWindowConfig(window, statistic, zscore, fisherZ);
    }

    public SlidingWindowConfig withZscore(boolean zscore) {
        return new SlidingWindowConfig(window, statistic, zscore, fisherZ);
    }
}
