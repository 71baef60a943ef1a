package org.neurobeam.connectome.ntf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.neurobeam.ingest.Checks;

/**
 * Non-negative CP decomposition of an {@link AffinityTensor} minimising ½‖M⊙(X − X̂)‖²_F (notes §A.4).
 *
 * <p>Each sweep: (1) EM imputation, unobserved entries replaced by the current reconstruction (Tomasi and Bro
 * 2005); (2) for each mode n, the MTTKRP K = Y_(n)(⊙ of the other factors), computed by streaming over the
 * tensor without forming the Khatri-Rao product, and G = ∘ of the other factors' Gram matrices; (3) the
 * factor update, HALS a_r ← max(ε, a_r + (K_r − A G_r)/G_rr) column by column (Cichocki and Phan 2009) or
 * multiplicative A ← max(ε, A ⊙ K ⊘ (A G)) (Lee and Seung 2001), ε = 1e-12; (4) window and animal columns
 * scaled to unit norm, the scale moved into the pair factor. The loss tracked for stopping is the one of the
 * imputed tensor, which the Gram identity gives at no extra pass; the reported loss is recomputed exactly
 * over observed entries. Initial factors are uniform in [0, 1) from a seeded stream per start.
 */
public final class NonNegativeCp {

    static final double EPSILON = 1e-12;

    private NonNegativeCp() {
    }

    /** Fits {@code config.restarts()} starts of rank {@code config.rank()}; same seed, same result. */
    public static NtfFit fit(AffinityTensor tensor, NtfConfig config) {
        double[] x = tensor.flatValues();
        boolean[] mask = tensor.flatMask();
        double norm = 0;
        for (double v : x) {
            norm += v * v;
        }
        Checks.argument(norm > 0, "tensor", "all observed entries are 0; there is nothing to factorise");
        SplittableRandom random = new SplittableRandom(config.seed());
        List<CpModel> models = new ArrayList<>();
        for (int start = 0; start < config.restarts(); start++) {
            models.add(new Start(tensor, x, mask, config, random.split()).run(Math.sqrt(norm)));
        }
        models.sort(Comparator.comparingDouble(CpModel::loss));
        return new NtfFit(models);
    }

    /** One random start. */
    private static final class Start {
        private final int pairs;
        private final int windows;
        private final int animals;
        private final int rank;
        private final double[] x;
        private final double[] y;
        private final boolean[] mask;
        private final NtfConfig config;
        private final double[][][] factors;

        Start(AffinityTensor tensor, double[] x, boolean[] mask, NtfConfig config, SplittableRandom random) {
            this.pairs = tensor.pairs();
            this.windows = tensor.windows();
            this.animals = tensor.animals();
            this.rank = config.rank();
            this.x = x;
            this.y = x.clone();
            this.mask = mask;
            this.config = config;
            int[] sizes = {pairs, windows, animals};
            factors = new double[3][][];
            for (int m = 0; m < 3; m++) {
                factors[m] = new double[sizes[m]][rank];
                for (double[] row : factors[m]) {
                    for (int r = 0; r < rank; r++) {
                        row[r] = random.nextDouble();
                    }
                }
            }
        }

        CpModel run(double norm) {
            boolean anyMissing = false;
            for (boolean o : mask) {
                anyMissing |= !o;
            }
            double previous = Double.POSITIVE_INFINITY;
            int sweep = 0;
            while (sweep < config.maxSweeps()) {
                sweep++;
                if (anyMissing) {
                    impute();
                }
                double loss = sweep();
                normalise();
                boolean converged = Double.isFinite(previous)
                        && Math.abs(previous - loss) <= config.tolerance() * previous;
                if (loss == 0 || converged) {
                    break;
                }
                previous = loss;
            }
            return model(norm, sweep);
        }

        private void impute() {
            double[][] a = factors[0];
            double[][] b = factors[1];
            double[][] c = factors[2];
            for (int idx = 0; idx < y.length; idx++) {
                if (!mask[idx]) {
                    int w = idx % animals;
                    int t = (idx / animals) % windows;
                    int p = idx / (animals * windows);
                    double s = 0;
                    for (int r = 0; r < rank; r++) {
                        s += a[p][r] * b[t][r] * c[w][r];
                    }
                    y[idx] = s;
                }
            }
        }

        /** One sweep over the modes; returns the loss of the imputed tensor after it. */
        private double sweep() {
            double[][] a = factors[0];
            double[][] b = factors[1];
            double[][] c = factors[2];
            double[] yc = new double[pairs * windows * rank];
            for (int pt = 0; pt < pairs * windows; pt++) {
                int base = pt * animals;
                for (int w = 0; w < animals; w++) {
                    double v = y[base + w];
                    if (v != 0) {
                        for (int r = 0; r < rank; r++) {
                            yc[pt * rank + r] += v * c[w][r];
                        }
                    }
                }
            }
            double[][] k0 = new double[pairs][rank];
            for (int p = 0; p < pairs; p++) {
                for (int t = 0; t < windows; t++) {
                    int base = (p * windows + t) * rank;
                    for (int r = 0; r < rank; r++) {
                        k0[p][r] += b[t][r] * yc[base + r];
                    }
                }
            }
            update(a, k0, hadamard(gram(b), gram(c)));
            double[][] k1 = new double[windows][rank];
            for (int p = 0; p < pairs; p++) {
                for (int t = 0; t < windows; t++) {
                    int base = (p * windows + t) * rank;
                    for (int r = 0; r < rank; r++) {
                        k1[t][r] += a[p][r] * yc[base + r];
                    }
                }
            }
            update(b, k1, hadamard(gram(a), gram(c)));
            double[][] k2 = new double[animals][rank];
            double[] ab = new double[rank];
            for (int p = 0; p < pairs; p++) {
                for (int t = 0; t < windows; t++) {
                    for (int r = 0; r < rank; r++) {
                        ab[r] = a[p][r] * b[t][r];
                    }
                    int base = (p * windows + t) * animals;
                    for (int w = 0; w < animals; w++) {
                        double v = y[base + w];
                        for (int r = 0; r < rank; r++) {
                            k2[w][r] += v * ab[r];
                        }
                    }
                }
            }
            double[][] g2 = hadamard(gram(a), gram(b));
            update(c, k2, g2);
            double yy = 0;
            for (double v : y) {
                yy += v * v;
            }
            double cross = 0;
            for (int w = 0; w < animals; w++) {
                for (int r = 0; r < rank; r++) {
                    cross += c[w][r] * k2[w][r];
                }
            }
            double[][] full = hadamard(g2, gram(c));
            double model = 0;
            for (double[] row : full) {
                for (double v : row) {
                    model += v;
                }
            }
            return Math.max(0, 0.5 * (yy - 2 * cross + model));
        }

        private void update(double[][] f, double[][] k, double[][] g) {
            if (config.algorithm() == NtfAlgorithm.HALS) {
                for (int r = 0; r < rank; r++) {
                    for (int i = 0; i < f.length; i++) {
                        double fg = 0;
                        for (int s = 0; s < rank; s++) {
                            fg += f[i][s] * g[s][r];
                        }
                        f[i][r] = Math.max(EPSILON, f[i][r] + (k[i][r] - fg) / g[r][r]);
                    }
                }
            } else {
                for (int i = 0; i < f.length; i++) {
                    double[] fg = new double[rank];
                    for (int r = 0; r < rank; r++) {
                        for (int s = 0; s < rank; s++) {
                            fg[r] += f[i][s] * g[s][r];
                        }
                    }
                    for (int r = 0; r < rank; r++) {
                        f[i][r] = Math.max(EPSILON, f[i][r] * k[i][r] / fg[r]);
                    }
                }
            }
        }

        private void normalise() {
            for (int m = 1; m < 3; m++) {
                for (int r = 0; r < rank; r++) {
                    double n = columnNorm(factors[m], r);
                    for (double[] row : factors[m]) {
                        row[r] /= n;
                    }
                    for (double[] row : factors[0]) {
                        row[r] *= n;
                    }
                }
            }
        }

        private CpModel model(double norm, int sweeps) {
            double[] weights = new double[rank];
            for (int r = 0; r < rank; r++) {
                weights[r] = columnNorm(factors[0], r);
                for (double[] row : factors[0]) {
                    row[r] /= weights[r];
                }
            }
            Integer[] order = new Integer[rank];
            for (int r = 0; r < rank; r++) {
                order[r] = r;
            }
            java.util.Arrays.sort(order, (u, v) -> Double.compare(weights[v], weights[u]));
            double[] sortedWeights = new double[rank];
            double[][][] sorted = new double[3][][];
            for (int m = 0; m < 3; m++) {
                sorted[m] = new double[factors[m].length][rank];
                for (int i = 0; i < factors[m].length; i++) {
                    for (int r = 0; r < rank; r++) {
                        sorted[m][i][r] = factors[m][i][order[r]];
                    }
                }
            }
            for (int r = 0; r < rank; r++) {
                sortedWeights[r] = weights[order[r]];
            }
            double residual = 0;
            for (int p = 0; p < pairs; p++) {
                for (int t = 0; t < windows; t++) {
                    for (int w = 0; w < animals; w++) {
                        int idx = (p * windows + t) * animals + w;
                        if (mask[idx]) {
                            double s = 0;
                            for (int r = 0; r < rank; r++) {
                                s += sortedWeights[r] * sorted[0][p][r] * sorted[1][t][r] * sorted[2][w][r];
                            }
                            residual += (x[idx] - s) * (x[idx] - s);
                        }
                    }
                }
            }
            return new CpModel(sortedWeights, sorted[0], sorted[1], sorted[2], 0.5 * residual,
                    1 - Math.sqrt(residual) / norm, sweeps);
        }

        private static double columnNorm(double[][] f, int r) {
            double s = 0;
            for (double[] row : f) {
                s += row[r] * row[r];
            }
            return Math.sqrt(s);
        }

        private double[][] gram(double[][] f) {
            double[][] g = new double[rank][rank];
            for (double[] row : f) {
                for (int r = 0; r < rank; r++) {
                    for (int s = 0; s < rank; s++) {
                        g[r][s] += row[r] * row[s];
                    }
                }
            }
            return g;
        }

        private static double[][] hadamard(double[][] u, double[][] v) {
            double[][] h = new double[u.length][u.length];
            for (int r = 0; r < u.length; r++) {
                for (int s = 0; s < u.length; s++) {
                    h[r][s] = u[r][s] * v[r][s];
                }
            }
            return h;
        }
    }
}
