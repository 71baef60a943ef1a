package org.neurobeam.connectome.statics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A symmetric p × p connectivity matrix of one recording, with how it was computed. The shrinkage is
 * present with Ledoit–Wolf: for {@code correlation} it is the shrinkage of the z-scored signals, for the
 * other kinds that of the centred raw signals.
 */
public final class Connectome {

    private final ConnectivityKind kind;
    private final CovarianceEstimator estimator;
    private final double[][] matrix;
    private final OptionalDouble shrinkage;

    /** Copies {@code matrix}, which must be square and finite. */
    public Connectome(ConnectivityKind kind, CovarianceEstimator estimator, double[][] matrix,
            OptionalDouble shrinkage) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.estimator = Objects.requireNonNull(estimator, "estimator");
        this.matrix = SymmetricMatrices.toArray(SymmetricMatrices.of(matrix, "matrix"));
        this.shrinkage = Objects.requireNonNull(shrinkage, "shrinkage");
    }

    public ConnectivityKind kind() {
        return kind;
    }

    public CovarianceEstimator estimator() {
        return estimator;
    }

    /** Number of regions p. */
    public int regions() {
        return matrix.length;
    }

    /** Ledoit–Wolf shrinkage used; empty for the empirical estimator. */
    public OptionalDouble shrinkage() {
        return shrinkage;
    }

    /** Entry (i, j). */
    public double value(int i, int j) {
        return matrix[i][j];
    }

    /** The matrix (a copy). */
    public double[][] matrix() {
        return SymmetricMatrices.copy(matrix);
    }

    /**
     * The upper triangle with the diagonal, i ≤ j, row by row: p(p+1)/2 entries, the rows of the
     * long-format table (recording_id, kind, estimator, i, j, value).
     */
    public List<ConnectomeEntry> upperTriangle() {
        int p = matrix.length;
        List<ConnectomeEntry> entries = new ArrayList<>(p * (p + 1) / 2);
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                entries.add(new ConnectomeEntry(i, j, matrix[i][j]));
            }
        }
        return entries;
    }

    @Override
    public String toString() {
        return "Connectome[" + kind.label() + ", " + estimator.label() + ", " + matrix.length + " regions"
                + (shrinkage.isPresent() ? ", shrinkage " + shrinkage.getAsDouble() : "") + "]";
    }
}
