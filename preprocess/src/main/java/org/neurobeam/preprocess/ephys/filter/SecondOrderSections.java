package org.neurobeam.preprocess.ephys.filter;

/**
 * scipy's {@code sosfilt}, {@code sosfilt_zi} and {@code sosfiltfilt(padtype='odd', padlen=...)} on one
 * channel, for sections {@code [b0, b1, b2, 1, a1, a2]}. The existing
 * {@code org.neurobeam.preprocess.filter.ZeroPhaseFilter} fixes scipy's default pad length and works on
 * {@code [time][column]} arrays; MNE passes its own {@code padlen}, hence this small variant.
 */
final class SecondOrderSections {

    private SecondOrderSections() {
    }

    /** Direct form II transposed, section after section; {@code state[s]} is updated in place. */
    static double[] filter(double[][] sos, double[] x, double[][] state) {
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

    /** Step-response steady state of each section, scaled by the DC gain of those before it ({@code sosfilt_zi}). */
    static double[][] steadyState(double[][] sos) {
        double[][] zi = new double[sos.length][2];
        double scale = 1.0;
        for (int s = 0; s < sos.length; s++) {
            double[] c = sos[s];
            double b0 = c[0] / c[3];
            double b1 = c[1] / c[3];
            double b2 = c[2] / c[3];
            double a1 = c[4] / c[3];
            double a2 = c[5] / c[3];
            double z0 = ((b1 - a1 * b0) + (b2 - a2 * b0)) / (1 + a1 + a2);
            double z1 = (1 + a1) * z0 - (b1 - a1 * b0);
            zi[s][0] = scale * z0;
            zi[s][1] = scale * z1;
            scale *= (c[0] + c[1] + c[2]) / (c[3] + c[4] + c[5]);
        }
        return zi;
    }

    /** Forward-backward filtering with {@code padLength} odd-reflected samples at each end. */
    static double[] filtfilt(double[][] sos, double[] x, int padLength) {
        double[] ext = ReflectLimitedPad.pad(x, padLength, padLength);
        double[][] zi = steadyState(sos);
        double[] y = filter(sos, ext, scaled(zi, ext[0]));
        reverse(y);
        y = filter(sos, y, scaled(zi, y[0]));
        reverse(y);
        return java.util.Arrays.copyOfRange(y, padLength, padLength + x.length);
    }

    private static double[][] scaled(double[][] zi, double factor) {
        double[][] out = new double[zi.length][2];
        for (int s = 0; s < zi.length; s++) {
            out[s][0] = zi[s][0] * factor;
            out[s][1] = zi[s][1] * factor;
        }
        return out;
    }

    private static void reverse(double[] y) {
        for (int i = 0, j = y.length - 1; i < j; i++, j--) {
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
    }
}
