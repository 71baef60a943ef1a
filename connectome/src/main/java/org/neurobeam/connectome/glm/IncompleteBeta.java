package org.neurobeam.connectome.glm;

/**
 * The regularised incomplete beta function I_x(a, b) by its continued fraction, evaluated with the
 * modified Lentz method, as in Press et al., Numerical Recipes 3rd ed. §6.4 ({@code betai},
 * {@code betacf}); the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) is used for x &gt; (a + 1) / (a + b + 2).
 * Callers pass both x and y = 1 - x so that a y computed without cancellation keeps its precision.
 */
final class IncompleteBeta {

    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;

    private IncompleteBeta() {
    }

    /** I_x(a, b) with {@code y = 1 - x} supplied by the caller. */
    static double regularized(double x, double y, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (y <= 0) {
            return 1;
        }
        double front = Math.exp(LogGamma.of(a + b) - LogGamma.of(a) - LogGamma.of(b)
                + a * Math.log(x) + b * Math.log(y));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(y, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < TINY ? TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta fraction did not converge for a=" + a + ", b=" + b);
    }
}
