package org.neurobeam.preprocess.filter;

/** Minimal complex arithmetic for zero/pole bookkeeping in {@link ButterworthDesign}. */
record Complex(double re, double im) {

    static final Complex ZERO = new Complex(0, 0);
    static final Complex ONE = new Complex(1, 0);

    static Complex real(double re) {
        return new Complex(re, 0);
    }

    Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Complex times(double s) {
        return new Complex(re * s, im * s);
    }

    Complex dividedBy(Complex o) {
        double d = o.re * o.re + o.im * o.im;
        return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    Complex negate() {
        return new Complex(-re, -im);
    }

    Complex conj() {
        return new Complex(re, -im);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    /** Principal square root, as numpy's complex sqrt. */
    Complex sqrt() {
        if (re == 0 && im == 0) {
            return ZERO;
        }
        double t = Math.sqrt((Math.abs(re) + abs()) / 2);
        if (re >= 0) {
            return new Complex(t, im / (2 * t));
        }
        return new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
    }

    boolean isReal() {
        return im == 0;
    }
}
