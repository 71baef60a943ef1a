package org.neurobeam.connectome.states;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Posterior-weighted GLM fit for one (state, unit) pair (notes §B.6): maximise
 * Σ_t γ_t log p(x_t | η_t = c·z_t) − (λ/2) Σ_{j≥1} (c_j − centre_j)² by Fisher scoring (Newton for the
 * canonical exp link and the Gaussian) with step halving, so that every accepted step increases the
 * objective, plus optional sign constraints on the weights (the one-hot model's classes).
 */
final class WeightedRegression {

    /** Coefficient is unconstrained. */
    static final int FREE = 2;
    /** Coefficient is fixed at zero. */
    static final int ZERO = 0;

    /** Bins with smaller posterior weight are skipped (their total contribution is below 1e-10 per bin). */
    static final double MIN_WEIGHT = 1e-10;

    private static final int MAX_HALVINGS = 30;
    private static final double JITTER = 1e-10;

    private final SpikeData data;
    private final double[] weight;
    private final int unit;
    private final Emission emission;
    private final Link link;

    WeightedRegression(SpikeData data, double[] weight, int unit, Emission emission, Link link) {
        this.data = data;
        this.weight = weight;
        this.unit = unit;
        this.emission = emission;
        this.link = link;
    }

    /** Penalised weighted log-likelihood of {@code coef}. */
    double objective(double[] coef, double variance, double lambda, double[] centre) {
        double sum = 0;
        for (int t = 0; t < data.rows.length; t++) {
            if (weight[t] > MIN_WEIGHT) {
                sum += weight[t] * emission.logDensity(data.signal[t][unit], dot(data.rows[t], coef), link, variance);
            }
        }
        return sum - penalty(coef, lambda, centre);
    }

    /**
     * Improves {@code coef} in place; {@code constraint[j]} is {@link #FREE}, {@link #ZERO}, +1 (≥ 0) or −1
     * (≤ 0), or {@code constraint} is null for all free.
     */
    void fit(double[] coef, double variance, double lambda, double[] centre, int[] constraint, int iterations) {
        int p = coef.length;
        int[] active = activeIndices(p, constraint);
        int m = active.length;
        double current = objective(coef, variance, lambda, centre);
        for (int iter = 0; iter < iterations; iter++) {
            DMatrixRMaj hessian = new DMatrixRMaj(m, m);
            DMatrixRMaj gradient = new DMatrixRMaj(m, 1);
            for (int t = 0; t < data.rows.length; t++) {
                double w = weight[t];
                if (w <= MIN_WEIGHT) {
                    continue;
                }
                double[] z = data.rows[t];
                double eta = dot(z, coef);
                double g = w * emission.score(data.signal[t][unit], eta, link, variance);
                double h = w * emission.fisher(eta, link, variance);
                for (int a = 0; a < m; a++) {
                    double za = z[active[a]];
                    gradient.data[a] += g * za;
                    double hz = h * za;
                    for (int b = a; b < m; b++) {
                        hessian.data[a * m + b] += hz * z[active[b]];
                    }
                }
            }
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < a; b++) {
                    hessian.data[a * m + b] = hessian.data[b * m + a];
                }
                int j = active[a];
                double ridge = j > 0 ? lambda : 0;
                hessian.data[a * m + a] += ridge + JITTER;
                if (j > 0 && lambda > 0) {
                    gradient.data[a] -= lambda * (coef[j] - (centre == null ? 0 : centre[j]));
                }
            }
            DMatrixRMaj step = new DMatrixRMaj(m, 1);
            if (!CommonOps_DDRM.solve(hessian, gradient, step)) {
                return;
            }
            double scale = 1;
            boolean accepted = false;
            double[] candidate = coef.clone();
            for (int halving = 0; halving < MAX_HALVINGS && !accepted; halving++, scale /= 2) {
                for (int a = 0; a < m; a++) {
                    int j = active[a];
                    candidate[j] = project(coef[j] + scale * step.data[a], constraint == null ? FREE : constraint[j]);
                }
                double value = objective(candidate, variance, lambda, centre);
                if (value > current) {
                    accepted = true;
                    double gain = value - current;
                    System.arraycopy(candidate, 0, coef, 0, p);
                    current = value;
                    if (gain <= 1e-10 * Math.abs(value)) {
                        return;
                    }
                }
            }
            if (!accepted) {
                return;
            }
        }
    }

    private static int[] activeIndices(int p, int[] constraint) {
        int count = 0;
        for (int j = 0; j < p; j++) {
            if (constraint == null || constraint[j] != ZERO) {
                count++;
            }
        }
        int[] active = new int[count];
        int k = 0;
        for (int j = 0; j < p; j++) {
            if (constraint == null || constraint[j] != ZERO) {
                active[k++] = j;
            }
        }
        return active;
    }

    private static double project(double value, int constraint) {
        return switch (constraint) {
            case 1 -> Math.max(value, 0);
            case -1 -> Math.min(value, 0);
            case ZERO -> 0;
            default -> value;
        };
    }

    static double penalty(double[] coef, double lambda, double[] centre) {
        if (lambda == 0) {
            return 0;
        }
        double sum = 0;
        for (int j = 1; j < coef.length; j++) {
            double d = coef[j] - (centre == null ? 0 : centre[j]);
            sum += d * d;
        }
        return 0.5 * lambda * sum;
    }

    static double dot(double[] z, double[] coef) {
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            sum += z[j] * coef[j];
        }
        return sum;
    }
}
