package org.neurobeam.connectome.dynamic;

import org.neurobeam.ingest.Checks;

/**
 * Leading Eigenvector Dynamics Analysis (Cabral et al. 2017, Sci Rep 7:5135): the leading eigenvector V1(t) of
 * the phase-coherence matrix PC(t) = cos(θ_i − θ_j). Since PC = c cᵀ + s sᵀ with c = cos θ, s = sin θ, it has
 * rank ≤ 2 and V1 = [c s]u, u the leading eigenvector of the 2 × 2 Gram matrix [[cᵀc, cᵀs], [sᵀc, sᵀs]]
 * (notes §D.5): O(N) per time point. V1 has unit norm and its sign makes Σ_i V1_i ≤ 0 (the notes'
 * "most entries negative" convention, read as the sum; our choice), ties broken by a negative first non-zero
 * entry. When the two eigenvalues are equal V1 is not unique and c (or s, if c = 0) is returned, normalised.
 */
public final class Leida {

    private Leida() {
    }

    /** V1 of PC for phases {@code theta} of N ≥ 2 regions. */
    public static double[] leadingEigenvector(double[] theta) {
        Checks.argument(theta != null && theta.length >= 2, "theta", "expected at least 2 regions");
        int n = theta.length;
        double[] c = new double[n];
        double[] s = new double[n];
        double cc = 0;
        double cs = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            Checks.argument(Double.isFinite(theta[i]), "theta", "region %d has a non-finite phase %s", i, theta[i]);
            c[i] = Math.cos(theta[i]);
            s[i] = Math.sin(theta[i]);
            cc += c[i] * c[i];
            cs += c[i] * s[i];
            ss += s[i] * s[i];
        }
        double half = 0.5 * (cc - ss);
        double top = 0.5 * (cc + ss) + Math.hypot(half, cs);
        double u1;
        double u2;
        if (cs == 0) {
            boolean cosine = cc >= ss;
            u1 = cosine ? 1 : 0;
            u2 = cosine ? 0 : 1;
        } else if (Math.abs(top - ss) >= Math.abs(top - cc)) {
            u1 = top - ss;
            u2 = cs;
        } else {
            u1 = cs;
            u2 = top - cc;
        }
        double[] v = new double[n];
        double norm = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            v[i] = u1 * c[i] + u2 * s[i];
            norm += v[i] * v[i];
            sum += v[i];
        }
        norm = Math.sqrt(norm);
        double sign = sum > 0 || sum == 0 && firstNonZero(v) > 0 ? -1 : 1;
        for (int i = 0; i < n; i++) {
            v[i] = sign * v[i] / norm;
        }
        return v;
    }

    /** V1(t) for every time point of {@code theta} [time][region]. */
    public static double[][] eigenvectors(double[][] theta) {
        double[][] v = new double[theta.length][];
        for (int t = 0; t < theta.length; t++) {
            v[t] = leadingEigenvector(theta[t]);
        }
        return v;
    }

    private static double firstNonZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return x;
            }
        }
        return 0;
    }
}
