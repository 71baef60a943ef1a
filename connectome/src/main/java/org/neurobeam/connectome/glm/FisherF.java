package org.neurobeam.connectome.glm;

/**
 * Fisher's F distribution with (d1, d2) degrees of freedom: P(F &gt; f) = I_x(d2/2, d1/2) with
 * x = d2 / (d2 + d1 f) (Abramowitz and Stegun 26.6.2), by {@link IncompleteBeta}.
 */
public final class FisherF {

    private FisherF() {
    }

    /** P(F &gt; f) (scipy's {@code f.sf}). */
    public static double sf(double f, double d1, double d2) {
        Glm.checkDof(d1, "dfNum");
        Glm.checkDof(d2, "dfDen");
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1;
        }
        if (Double.isInfinite(f)) {
            return 0;
        }
        double s = d2 + d1 * f;
        return IncompleteBeta.regularized(d2 / s, d1 * f / s, d2 / 2, d1 / 2);
    }

    /** P(F ≤ f) (scipy's {@code f.cdf}), computed directly so that it keeps precision when small. */
    public static double cdf(double f, double d1, double d2) {
        Glm.checkDof(d1, "dfNum");
        Glm.checkDof(d2, "dfDen");
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 0;
        }
        if (Double.isInfinite(f)) {
            return 1;
        }
        double s = d2 + d1 * f;
        return IncompleteBeta.regularized(d1 * f / s, d2 / s, d1 / 2, d2 / 2);
    }
}
