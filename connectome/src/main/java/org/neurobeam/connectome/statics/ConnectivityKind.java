package org.neurobeam.connectome.statics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The connectivity matrix computed from a recording's covariance, as nilearn's
 * {@code ConnectivityMeasure(kind=...)}. {@link #label()} is the command-line value and the tables'
 * {@code kind} column: {@code covariance}, {@code correlation}, {@code partial_correlation},
 * {@code precision}, {@code tangent} (nilearn spells the third {@code "partial correlation"}).
 */
public enum ConnectivityKind {

    /** The estimator's covariance of the centred signals. */
    COVARIANCE,

    /**
     * Σ̂_ij / √(Σ̂_ii Σ̂_jj), diagonal exactly 1, where Σ̂ is estimated from z-scored signals (so with
     * Ledoit–Wolf the shrinkage is that of the z-scored signals, and correlations are shrunk toward 0).
     * With the empirical estimator this is Pearson's correlation ({@code numpy.corrcoef}).
     */
    CORRELATION,

    /** −P_ij / √(P_ii P_jj), diagonal exactly 1, with P the inverse of the estimated covariance. */
    PARTIAL_CORRELATION,

    /** P, the inverse of the estimated covariance. */
    PRECISION,

    /**
     * logm(G^{−1/2} Σ̂ G^{−1/2}) with G the geometric mean of the group's covariances (Varoquaux et al.
     * 2010, "Detection of brain functional-connectivity difference in post-stroke patients using
     * group-level covariance modeling", MICCAI); defined for a group only.
     */
    TANGENT;

    /** Lower-case label, e.g. {@code partial_correlation}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label case-insensitively; fails listing the known labels. */
    public static ConnectivityKind fromLabel(String label) {
        for (ConnectivityKind k : values()) {
            if (k.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind: expected one of "
                + Arrays.stream(values()).map(ConnectivityKind::label).collect(Collectors.joining(", "))
                + ", got '" + label + "'");
    }

    /** True for the two kinds whose off-diagonal entries lie in (−1, 1) and whose diagonal is 1. */
    public boolean isCorrelation() {
        return this == CORRELATION || this == PARTIAL_CORRELATION;
    }
}
