package org.neurobeam.connectome.ntf;

/**
 * A non-negative CP model X ≈ Σ_r λ_r a_r ∘ b_r ∘ c_r (notes §A.4), every factor column of unit L2 norm and
 * components sorted by decreasing λ (our choice, for a stable order).
 *
 * @param weights λ_r ≥ 0
 * @param pairs pair factor [pair][r] (the affinity pattern f_a)
 * @param windows window factor [window][r] (the temporal loading f_t)
 * @param animals animal factor [animal][r] (the worm loading f_w)
 * @param loss ½ Σ over observed entries of (x − x̂)²
 * @param fit 1 − ‖M⊙(X − X̂)‖ / ‖M⊙X‖ (1 for a zero tensor fitted exactly)
 * @param sweeps sweeps run
 */
public record CpModel(double[] weights, double[][] pairs, double[][] windows, double[][] animals, double loss,
        double fit, int sweeps) {

    public int rank() {
        return weights.length;
    }

    /** The model's value at (p, t, w). */
    public double at(int p, int t, int w) {
        double s = 0;
        for (int r = 0; r < weights.length; r++) {
            s += weights[r] * pairs[p][r] * windows[t][r] * animals[w][r];
        }
        return s;
    }

    /** Column {@code r} of mode {@code mode} (0 pairs, 1 windows, 2 animals). */
    public double[] column(int mode, int r) {
        double[][] f = mode == 0 ? pairs : mode == 1 ? windows : animals;
        double[] c = new double[f.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = f[i][r];
        }
        return c;
    }
}
