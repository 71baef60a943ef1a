package org.neurobeam.preprocess.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Zeros/poles/gain to second-order sections with scipy.signal.zpk2sos's default {@code pairing='nearest'}
 * for digital filters: poles closest to the unit circle are placed last, each paired with its nearest
 * zeros, and the gain goes into the first section.
 */
final class SectionPairing {

    private static final double TOLERANCE = 100 * Math.ulp(1.0);

    private SectionPairing() {
    }

    static double[][] toSections(ZerosPolesGain zpk) {
        List<Complex> z = new ArrayList<>(zpk.zeros());
        List<Complex> p = new ArrayList<>(zpk.poles());
        while (z.size() < p.size()) {
            z.add(Complex.ZERO);
        }
        while (p.size() < z.size()) {
            p.add(Complex.ZERO);
        }
        int sections = (p.size() + 1) / 2;
        if (p.size() % 2 == 1) {
            p.add(Complex.ZERO);
            z.add(Complex.ZERO);
        }
        z = conjugateHalves(z);
        p = conjugateHalves(p);
        double[][] sos = new double[sections][];
        for (int si = sections - 1; si >= 0; si--) {
            Complex p1 = p.remove(worstPole(p));
            long realPoles = p.stream().filter(Complex::isReal).count();
            if (p1.isReal() && realPoles == 0) {
                Complex z1 = z.remove(nearest(z, p1, Kind.REAL));
                sos[si] = section(List.of(z1, Complex.ZERO), List.of(p1, Complex.ZERO));
            } else if (p.size() + 1 == z.size() && !p1.isReal() && realPoles == 1
                    && z.stream().filter(Complex::isReal).count() == 1) {
                Complex z1 = z.remove(nearest(z, p1, Kind.COMPLEX));
                sos[si] = section(List.of(z1, z1.conj()), List.of(p1, p1.conj()));
            } else {
                Complex p2;
                if (p1.isReal()) {
                    int best = -1;
                    for (int i = 0; i < p.size(); i++) {
                        if (p.get(i).isReal() && (best < 0
                                || Math.abs(p.get(i).abs() - 1) < Math.abs(p.get(best).abs() - 1))) {
                            best = i;
                        }
                    }
                    p2 = p.remove(best);
                } else {
                    p2 = p1.conj();
                }
                if (z.isEmpty()) {
                    sos[si] = section(List.of(), List.of(p1, p2));
                } else {
                    Complex z1 = z.remove(nearest(z, p1, Kind.ANY));
                    if (!z1.isReal()) {
                        sos[si] = section(List.of(z1, z1.conj()), List.of(p1, p2));
                    } else if (!z.isEmpty()) {
                        Complex z2 = z.remove(nearest(z, p1, Kind.REAL));
                        sos[si] = section(List.of(z1, z2), List.of(p1, p2));
                    } else {
                        sos[si] = section(List.of(z1), List.of(p1, p2));
                    }
                }
            }
        }
        for (int j = 0; j < 3; j++) {
            sos[0][j] *= zpk.gain();
        }
        return sos;
    }

    private enum Kind { REAL, COMPLEX, ANY }

    private static int worstPole(List<Complex> p) {
        int best = 0;
        for (int i = 1; i < p.size(); i++) {
            if (Math.abs(1 - p.get(i).abs()) < Math.abs(1 - p.get(best).abs())) {
                best = i;
            }
        }
        return best;
    }

    private static int nearest(List<Complex> from, Complex to, Kind kind) {
        int best = -1;
        for (int i = 0; i < from.size(); i++) {
            Complex c = from.get(i);
            boolean eligible = kind == Kind.ANY || (kind == Kind.REAL) == c.isReal();
            if (eligible && (best < 0 || c.minus(to).abs() < from.get(best).minus(to).abs())) {
                best = i;
            }
        }
        return best;
    }

    private static double[] section(List<Complex> zeros, List<Complex> poles) {
        double[] b = ZerosPolesGain.polynomial(zeros);
        double[] a = ZerosPolesGain.polynomial(poles);
        double[] sos = new double[6];
        System.arraycopy(b, 0, sos, 3 - b.length, b.length);
        System.arraycopy(a, 0, sos, 6 - a.length, a.length);
        return sos;
    }

    /**
     * scipy's {@code _cplxreal}: one member (positive imaginary part, conjugates averaged) of each
     * complex-conjugate pair, sorted by real part, followed by the real values in ascending order.
     */
    private static List<Complex> conjugateHalves(List<Complex> values) {
        List<Complex> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingDouble(Complex::re).thenComparingDouble(c -> Math.abs(c.im())));
        List<Complex> reals = new ArrayList<>();
        List<Complex> positive = new ArrayList<>();
        List<Complex> negative = new ArrayList<>();
        for (Complex c : sorted) {
            if (Math.abs(c.im()) <= TOLERANCE * c.abs()) {
                reals.add(Complex.real(c.re()));
            } else if (c.im() > 0) {
                positive.add(c);
            } else {
                negative.add(c);
            }
        }
        if (positive.size() != negative.size()) {
            throw new IllegalStateException("complex value without a matching conjugate");
        }
        List<Complex> out = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            out.add(positive.get(i).plus(negative.get(i).conj()).times(0.5));
        }
        out.addAll(reals);
        return out;
    }
}
