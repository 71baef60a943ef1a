package org.neurobeam.connectome.statics;

import org.ejml.data.DMatrixRMaj;

/** The outcome of {@link GeometricMean}: the mean, the iterations run, the last gradient norm, convergence. */
public final class GeometricMeanResult {

    private final DMatrixRMaj mean;
    private final int iterations;
    private final double gradientNorm;
    private final boolean converged;

    GeometricMeanResult(DMatrixRMaj mean, int iterations, double gradientNorm, boolean converged) {
        this.mean = mean;
        this.iterations = iterations;
        this.gradientNorm = gradientNorm;
        this.converged = converged;
    }

    /** The geometric mean (a copy). */
    public double[][] mean() {
        return SymmetricMatrices.toArray(mean);
    }

    public int iterations() {
        return iterations;
    }

    /** Frobenius norm of the last mean log-map, as the stopping rule saw it. */
    public double gradientNorm() {
        return gradientNorm;
    }

    /** Whether gradientNorm / p² fell below the tolerance within the iteration limit. */
    public boolean converged() {
        return converged;
    }

    DMatrixRMaj matrix() {
        return mean;
    }
}
