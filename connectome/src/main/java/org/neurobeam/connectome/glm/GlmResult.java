package org.neurobeam.connectome.glm;

import java.util.List;

/**
 * The fit of a design to a block of units (regions or voxels).
 *
 * <p>{@code betas()[j][u]} is the estimate of column j for unit u; {@code residualVariance()[u]} the
 * residual sum of squares (of the whitened model under AR(1)) over {@code dof}; {@code ar1()[u]} the
 * truncated AR(1) coefficient the unit was whitened with (NaN under OLS); units sharing a coefficient
 * share one unscaled covariance {@code (XᵀX)⁻¹} of the (whitened) design, {@link #covariance(int)}.
 */
public final class GlmResult {

    private final List<String> names;
    private final double[][] betas;
    private final double[] residualVariance;
    private final double[] ar1;
    private final int dof;
    private final int[] model;
    private final List<double[][]> covariances;

    /**
     * A fit computed elsewhere (e.g. from per-voxel sufficient statistics); the arrays are kept, not
     * copied. {@code model[u]} indexes {@code covariances}, the unscaled covariance unit u was fitted with.
     */
    public GlmResult(List<String> names, double[][] betas, double[] residualVariance, double[] ar1, int dof,
            int[] model, List<double[][]> covariances) {
        this.names = List.copyOf(names);
        this.betas = betas;
        this.residualVariance = residualVariance;
        this.ar1 = ar1;
        this.dof = dof;
        this.model = model;
        this.covariances = List.copyOf(covariances);
    }

    /** The design's column names, the rows of {@link #betas()}. */
    public List<String> names() {
        return names;
    }

    public int units() {
        return residualVariance.length;
    }

    /** A copy, {@code [column][unit]}. */
    public double[][] betas() {
        return Confounds.copy(betas);
    }

    public double[] residualVariance() {
        return residualVariance.clone();
    }

    public double[] ar1() {
        return ar1.clone();
    }

    /** Residual degrees of freedom, n - p. */
    public int dof() {
        return dof;
    }

    /** A copy of the unscaled covariance (XᵀX)⁻¹ of the design unit {@code u} was fitted with. */
    public double[][] covariance(int unit) {
        return Confounds.copy(covariances.get(model[unit]));
    }

    double[][] rawBetas() {
        return betas;
    }

    double variance(int unit) {
        return residualVariance[unit];
    }

    int model(int unit) {
        return model[unit];
    }

    List<double[][]> covariances() {
        return covariances;
    }
}
