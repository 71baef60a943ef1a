package org.neurobeam.connectome.glm;

/**
 * The standard normal distribution. The tails use erfc(x) = Q(1/2, x²) (see {@link IncompleteGamma}),
 * so small probabilities keep their relative precision. The quantile starts from P. J. Acklam's
 * rational approximation (2003, relative error 1.15e-9) and takes one Halley step on the cdf, which
 * brings it to double precision (Acklam's own refinement recipe).
 */
public final class Normal {

    private static final double SQRT_TWO = Math.sqrt(2);
    private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
    private static final double LOW = 0.02425;
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    private Normal() {
    }

    /** P(Z ≤ x). */
    public static double cdf(double x) {
        return sf(-x);
    }

    /** P(Z &gt; x) = erfc(x / √2) / 2. */
    public static double sf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double u = x / SQRT_TWO;
        return u >= 0 ? 0.5 * IncompleteGamma.upper(0.5, u * u) : 0.5 + 0.5 * IncompleteGamma.lower(0.5, u * u);
    }

    /** The quantile: x with P(Z ≤ x) = p (scipy's {@code norm.ppf}); ±∞ at p = 0, 1. */
    public static double ppf(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            throw new IllegalArgumentException("p: expected a probability in [0, 1], got " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return p > 0.5 ? -lowerQuantile(1 - p) : lowerQuantile(p);
    }

    /** The inverse survival function: x with P(Z &gt; x) = q (scipy's {@code norm.isf}). */
    public static double isf(double q) {
        return -ppf(q);
    }

    /**
     * nilearn's {@code z_score(p, one_minus_p)}: both probabilities clipped to [1e-300, 1 - 1e-16], then
     * {@code isf(p)}, or {@code ppf(1 - p)} where that would be negative, so that both tails keep
     * their precision.
     */
    public static double zScore(double p, double oneMinusP) {
        double z = isf(clip(p));
        return z < 0 ? ppf(clip(oneMinusP)) : z;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, 1e-300), 1 - 1e-16);
    }

    private static double lowerQuantile(double p) {
        double x;
        if (p < LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        }
        double e = cdf(x) - p;
        double u = e * SQRT_TWO_PI * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }
}
