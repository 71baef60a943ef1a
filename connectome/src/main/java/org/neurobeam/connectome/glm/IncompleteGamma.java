package org.neurobeam.connectome.glm;

/**
 * Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 - P(a, x): the series for x &lt; a + 1
 * and the continued fraction (modified Lentz) otherwise, as in Press et al., Numerical Recipes 3rd ed.
 * §6.2 ({@code gser}, {@code gcf}). Used for the error function: erfc(x) = Q(1/2, x²).
 */
final class IncompleteGamma {

    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;

    private IncompleteGamma() {
    }

    /** Q(a, x), accurate in relative terms also when it is tiny. */
    static double upper(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
    }

    /** P(a, x), accurate in relative terms also when it is tiny. */
    static double lower(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
    }

    private static double prefactor(double a, double x) {
        return Math.exp(-x + a * Math.log(x) - LogGamma.of(a));
    }

    private static double series(double a, double x) {
        double ap = a;
        double term = 1 / a;
        double sum = term;
        for (int n = 0; n < MAX_ITERATIONS; n++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                return sum * prefactor(a, x);
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                return prefactor(a, x) * h;
            }
        }
        throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a + ", x=" + x);
    }
}
