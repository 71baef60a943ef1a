package org.neurobeam.preprocess.filter;

/**
 * A digital filter as numerator and denominator polynomials in z^-1, highest power first
 * (scipy's {@code (b, a)} output form).
 *
 * @param b numerator coefficients
 * @param a denominator coefficients, {@code a[0]} normally 1
 */
public record TransferFunction(double[] b, double[] a) {

    public TransferFunction {
        b = b.clone();
        a = a.clone();
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    @Override
    public double[] a() {
        return a.clone();
    }
}
