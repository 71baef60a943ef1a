package org.neurobeam.connectome.glm;

import java.util.Arrays;
import org.neurobeam.ingest.Checks;

/**
 * SPM's canonical haemodynamic response, {@code spm_hrf(RT, p, T)} (SPM12): with dt = RT / T,
 * {@code h(u) = Gpdf(u, p1/p3, dt/p3) - Gpdf(u, p2/p4, dt/p4) / p5} at microtime bins
 * {@code u = k - p6/dt}, kept at every T-th bin for {@code k = 0 .. floor(p7/RT) T}, then divided by
 * its sum. The derivatives are {@code spm_get_bf}'s finite differences before {@code spm_orth}.
 *
 * @param parameters p1..p7: response delay 6 s, undershoot delay 16 s, response dispersion 1, undershoot
 *                   dispersion 1, response/undershoot ratio 6, onset 0 s, kernel length 32 s
 * @param microtime  T, microtime bins per RT (SPM's {@code fMRI_T}, default 16)
 */
public record SpmHrf(double[] parameters, int microtime) {

    /** SPM's defaults: p = [6 16 1 1 6 0 32], T = 16. */
    public static final SpmHrf DEFAULT = new SpmHrf(new double[] {6, 16, 1, 1, 6, 0, 32}, 16);

    public SpmHrf {
        Checks.argument(parameters != null && parameters.length == 7, "p", "expected 7 SPM HRF parameters");
        parameters = parameters.clone();
        for (int i : new int[] {0, 1, 2, 3, 4, 6}) {
            Checks.positive(parameters[i], "p(" + (i + 1) + ")");
        }
        Checks.argument(microtime > 0, "fMRI_T", "expected a positive microtime resolution, got %d", microtime);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** A copy with parameter {@code p(index)} (1-based, as in SPM) set to {@code value}. */
    public SpmHrf with(int index, double value) {
        double[] p = parameters.clone();
        p[index - 1] = value;
        return new SpmHrf(p, microtime);
    }

    /** The HRF sampled every {@code rt} seconds from 0 to p7, summing to 1. */
    public double[] sample(double rt) {
        Checks.positive(rt, "RT");
        double[] p = parameters;
        double dt = rt / microtime;
        int n = (int) Math.floor(p[6] / rt) + 1;
        double[] hrf = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double u = (double) j * microtime - p[5] / dt;
            hrf[j] = GammaDensity.of(u, p[0] / p[2], dt / p[2]) - GammaDensity.of(u, p[1] / p[3], dt / p[3]) / p[4];
            sum += hrf[j];
        }
        for (int j = 0; j < n; j++) {
            hrf[j] /= sum;
        }
        return hrf;
    }

    /** {@code spm_get_bf}'s temporal derivative: {@code (hrf(p) - hrf(p6 + 1)) / 1}. */
    public double[] timeDerivative(double rt) {
        return difference(sample(rt), with(6, parameters[5] + 1).sample(rt), 1);
    }

    /** {@code spm_get_bf}'s dispersion derivative: {@code (hrf(p) - hrf(p3 + 0.01)) / 0.01}. */
    public double[] dispersionDerivative(double rt) {
        return difference(sample(rt), with(3, parameters[2] + 0.01).sample(rt), 0.01);
    }

    static double[] difference(double[] a, double[] b, double step) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = (a[i] - b[i]) / step;
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpmHrf h && microtime == h.microtime && Arrays.equals(parameters, h.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(parameters) + microtime;
    }

    @Override
    public String toString() {
        return "SpmHrf[p=" + Arrays.toString(parameters) + ", T=" + microtime + "]";
    }
}
