package org.neurobeam.preprocess.filter;

/**
 * A cascade of second-order sections {@code [b0, b1, b2, a0, a1, a2]} (with {@code a0 = 1}) run in direct form
 * II transposed, as scipy's {@code sosfilt}. It keeps its delays between calls, so a long signal can be filtered
 * chunk by chunk.
 */
public final class SectionCascade {

    private final double[][] sos;
    private final double[][] state;

    private SectionCascade(double[][] sos, double[][] state) {
        this.sos = sos;
        this.state = state;
    }

    /** A cascade with all delays at zero (scipy's default {@code zi}). */
    public static SectionCascade atRest(double[][] sos) {
        return new SectionCascade(sos, new double[sos.length][2]);
    }

    /** A cascade started from {@code zi} scaled by {@code x0}, as {@code sosfiltfilt} starts each pass. */
    static SectionCascade startingAt(double[][] sos, double[][] zi, double x0) {
        double[][] state = new double[sos.length][2];
        for (int s = 0; s < sos.length; s++) {
            state[s][0] = zi[s][0] * x0;
            state[s][1] = zi[s][1] * x0;
        }
        return new SectionCascade(sos, state);
    }

    /** Filters {@code x}, continuing from the delays the previous call left. */
    public double[] filter(double[] x) {
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            double cur = x[n];
            for (int s = 0; s < sos.length; s++) {
                double[] c = sos[s];
                double[] z = state[s];
                double next = c[0] * cur + z[0];
                z[0] = c[1] * cur - c[4] * next + z[1];
                z[1] = c[2] * cur - c[5] * next;
                cur = next;
            }
            y[n] = cur;
        }
        return y;
    }
}
