package org.neurobeam.preprocess.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Zeros, poles and gain of a filter, with the analog-to-digital steps of scipy.signal's
 * {@code lp2lp_zpk}, {@code lp2hp_zpk}, {@code lp2bp_zpk} and {@code bilinear_zpk}
 * (Oppenheim &amp; Schafer, Discrete-Time Signal Processing, ch. 7).
 */
record ZerosPolesGain(List<Complex> zeros, List<Complex> poles, double gain) {

    /** The analog Butterworth prototype of order n: unit-circle poles in the left half plane, no zeros. */
    static ZerosPolesGain butterworthPrototype(int n) {
        List<Complex> poles = new ArrayList<>();
        for (int m = -n + 1; m < n; m += 2) {
            double theta = Math.PI * m / (2.0 * n);
            poles.add(new Complex(-Math.cos(theta), -Math.sin(theta)));
        }
        return new ZerosPolesGain(List.of(), poles, 1.0);
    }

    private int degree() {
        return poles.size() - zeros.size();
    }

    ZerosPolesGain lowpass(double wo) {
        return new ZerosPolesGain(scale(zeros, wo), scale(poles, wo), gain * Math.pow(wo, degree()));
    }

    ZerosPolesGain highpass(double wo) {
        Complex w = Complex.real(wo);
        List<Complex> z = new ArrayList<>();
        zeros.forEach(q -> z.add(w.dividedBy(q)));
        List<Complex> p = new ArrayList<>();
        poles.forEach(q -> p.add(w.dividedBy(q)));
        for (int i = 0; i < degree(); i++) {
            z.add(Complex.ZERO);
        }
        double k = gain * product(zeros, Complex.ZERO).dividedBy(product(poles, Complex.ZERO)).re();
        return new ZerosPolesGain(z, p, k);
    }

    ZerosPolesGain bandpass(double wo, double bw) {
        List<Complex> z = shiftToBand(scale(zeros, bw / 2), wo);
        for (int i = 0; i < degree(); i++) {
            z.add(Complex.ZERO);
        }
        return new ZerosPolesGain(z, shiftToBand(scale(poles, bw / 2), wo), gain * Math.pow(bw, degree()));
    }

    /** Bilinear transform s = 2 fs (z - 1) / (z + 1); zeros at infinity map to z = -1. */
    ZerosPolesGain bilinear(double fs) {
        Complex fs2 = Complex.real(2 * fs);
        List<Complex> z = new ArrayList<>();
        zeros.forEach(q -> z.add(fs2.plus(q).dividedBy(fs2.minus(q))));
        List<Complex> p = new ArrayList<>();
        poles.forEach(q -> p.add(fs2.plus(q).dividedBy(fs2.minus(q))));
        for (int i = 0; i < degree(); i++) {
            z.add(Complex.real(-1));
        }
        double k = gain * product(zeros, fs2).dividedBy(product(poles, fs2)).re();
        return new ZerosPolesGain(z, p, k);
    }

    /** Coefficients of prod(x - r) over the roots, highest power first (numpy.poly), real parts. */
    static double[] polynomial(List<Complex> roots) {
        Complex[] c = {Complex.ONE};
        for (Complex r : roots) {
            Complex[] next = new Complex[c.length + 1];
            next[0] = c[0];
            for (int i = 1; i < c.length; i++) {
                next[i] = c[i].plus(c[i - 1].times(r.negate()));
            }
            next[c.length] = c[c.length - 1].times(r.negate());
            c = next;
        }
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i].re();
        }
        return out;
    }

    private static List<Complex> scale(List<Complex> values, double factor) {
        List<Complex> out = new ArrayList<>();
        values.forEach(v -> out.add(v.times(factor)));
        return out;
    }

    private static List<Complex> shiftToBand(List<Complex> lowpass, double wo) {
        List<Complex> out = new ArrayList<>();
        Complex wo2 = Complex.real(wo * wo);
        for (Complex q : lowpass) {
            out.add(q.plus(q.times(q).minus(wo2).sqrt()));
        }
        for (Complex q : lowpass) {
            out.add(q.minus(q.times(q).minus(wo2).sqrt()));
        }
        return out;
    }

    /** prod(offset - v) over the values. */
    private static Complex product(List<Complex> values, Complex offset) {
        Complex p = Complex.ONE;
        for (Complex v : values) {
            p = p.times(offset.minus(v));
        }
        return p;
    }
}
